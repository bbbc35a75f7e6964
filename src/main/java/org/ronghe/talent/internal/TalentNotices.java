package org.ronghe.talent.internal;

import java.util.List;
import java.util.Objects;
import org.ronghe.core.work.Notice;
import org.ronghe.core.work.Notice.Addressee;
import org.ronghe.directory.Directory;
import org.ronghe.talent.placements.PlacementEvents.HireDisputed;
import org.ronghe.talent.placements.PlacementEvents.HireRecorded;
import org.ronghe.talent.placements.PlacementEvents.InternshipRecorded;
import org.ronghe.talent.students.StudentEvents.CorrectionAnswered;
import org.ronghe.talent.students.StudentEvents.CorrectionRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who the talent pipeline's events ask to act: the employer confirms a hire and evaluates an intern, the school answers
 * a disputed hire and a correction request, the student reads the answer. Students are never named in a notice (it is
 * mailed, and lives outside the sealed records): the link leads to the record, where the rules apply.
 */
@Component
class TalentNotices {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    TalentNotices(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(HireRecorded hire) {
        Long school = schoolOf(hire.studentId());
        events.publishEvent(new Notice(
                Addressee.adminsOf(hire.enterpriseId()),
                "notice.hire-to-confirm",
                "/talent/hires/" + hire.hireId(),
                directory.nameOf(school),
                Objects.toString(hire.hiredOn(), "")));
    }

    @EventListener
    void on(HireDisputed hire) {
        Long school = schoolOf(hire.studentId());
        events.publishEvent(new Notice(
                Addressee.adminsOf(school),
                "notice.hire-disputed",
                "/talent/hires/" + hire.hireId(),
                directory.nameOf(hire.enterpriseId()),
                hire.reason()));
    }

    @EventListener
    void on(InternshipRecorded internship) {
        Long school = schoolOf(internship.studentId());
        events.publishEvent(new Notice(
                Addressee.adminsOf(internship.enterpriseId()),
                "notice.internship",
                "/talent/internships/" + internship.internshipId(),
                directory.nameOf(school)));
    }

    @EventListener
    void on(CorrectionRequested request) {
        Long school = schoolOf(request.studentId());
        events.publishEvent(new Notice(
                List.of(Addressee.personalDataOfficersOf(school), Addressee.adminsOf(school)),
                "notice.correction",
                List.of(),
                "/talent/students/" + request.studentId() + "#corrections"));
    }

    @EventListener
    void on(CorrectionAnswered answer) {
        jdbc.sql("select username from student_accounts where student_id = ?")
                .param(answer.studentId())
                .query(String.class)
                .optional()
                .ifPresent(username -> events.publishEvent(
                        new Notice(Addressee.account(username), "notice.correction-answered", "/talent/me")));
    }

    private Long schoolOf(Long studentId) {
        return jdbc.sql("select school_id from students where id = ?")
                .param(studentId)
                .query(Long.class)
                .single();
    }
}
