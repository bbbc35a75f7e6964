package org.ronghe.training.enrolments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNames;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SealedTable;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.training.TrainingEvents.EnrolmentChanged;
import org.ronghe.training.TrainingPersons;
import org.ronghe.training.courses.TrainingSession;
import org.ronghe.training.courses.TrainingSessions;
import org.ronghe.training.figures.TrainingFigureRow;
import org.ronghe.training.figures.TrainingFigures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the enrolments: a worker sent to a session by an enterprise (within the session's places, once per person, the
 * personal data sealed), attendance and result recorded by the provider, attendance confirmed or disputed by the
 * enterprise. Every step is published without personal data (and so audited). Callers check who may act.
 */
@Service
@Transactional
public class EnrolmentBook {

    private final TrainingEnrolments enrolments;
    private final TrainingSessions sessions;
    private final Directory directory;
    private final PersonalDataCipher cipher;
    private final TrainingFigures figures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The worker's sealed data, for a key rotation; the bench's enrolments hold the placeholder {@code bench}. */
    @Bean
    static SealedTable sealedEnrolments() {
        return SealedTable.of("training_enrolments", "id")
                .sealed("worker_name_sealed", TrainingPersons.NAME)
                .sealed("id_sealed", TrainingPersons.ID_NUMBER, "id_fingerprint")
                .sealed("mobile_sealed", TrainingPersons.MOBILE)
                .where("id_sealed <> 'bench'")
                .versioned("version");
    }

    EnrolmentBook(
            TrainingEnrolments enrolments,
            TrainingSessions sessions,
            Directory directory,
            PersonalDataCipher cipher,
            TrainingFigures figures,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.directory = directory;
        this.cipher = cipher;
        this.figures = figures;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws InvalidInput listing every problem of the draft, an unknown enterprise, another enterprise's cohort, the
     *     same person twice in the session
     * @throws RuleBroken when the session's places are taken
     */
    public Enrolment enrol(EnrolmentDraft draft) {
        EnrolmentDraft.Checked checked = draft.validate();
        EnrolmentDraft valid = checked.details();
        TrainingSession session =
                sessions.lockById(valid.sessionId()).orElseThrow(() -> new NotFound("session", valid.sessionId()));
        if (directory.summaries(List.of(valid.enterpriseId())).isEmpty()) {
            throw new InvalidInput("enterpriseId", "training.organisation-unknown");
        }
        if (session.enterpriseId() != null && !session.enterpriseId().equals(valid.enterpriseId())) {
            throw new InvalidInput("enterpriseId", "training.enrolment.other-enterprise");
        }
        Enrolment.Worker worker = sealed(checked);
        if (enrolments.existsBySessionIdAndIdFingerprint(session.id(), worker.idFingerprint())) {
            throw new InvalidInput("idNumber", "training.enrolment.duplicate");
        }
        if (enrolments.countBySessionId(session.id()) >= session.capacity()) {
            throw new RuleBroken("training.session.full", session.capacity());
        }
        Enrolment enrolment = enrolments.save(Enrolment.enrol(
                session, valid.enterpriseId(), worker, valid.purpose(), clock.instant(), Actor.current()));
        publish(enrolment, "enrolled", "enterprise " + valid.enterpriseId());
        return enrolment;
    }

    public Enrolment recordAttendance(Long id, long expectedVersion, Long byOrganisation, int hours) {
        Enrolment enrolment = get(id, expectedVersion);
        List<TrainingFigureRow> before = enrolment.figureRows();
        enrolment.recordAttendance(byOrganisation, hours);
        figures.moved(before, enrolment.figureRows());
        publish(enrolment, "attendance", hours + " h");
        return enrolment;
    }

    public Enrolment decide(Long id, long expectedVersion, Long byOrganisation, boolean passed) {
        Enrolment enrolment = get(id, expectedVersion);
        List<TrainingFigureRow> before = enrolment.figureRows();
        enrolment.decide(byOrganisation, passed, LocalDate.now(clock), clock.instant(), Actor.current());
        figures.moved(before, enrolment.figureRows());
        publish(enrolment, passed ? "passed" : "failed", null);
        return enrolment;
    }

    public Enrolment confirm(Long id, long expectedVersion, Long byOrganisation) {
        Enrolment enrolment = get(id, expectedVersion);
        List<TrainingFigureRow> before = enrolment.figureRows();
        enrolment.confirm(byOrganisation, LocalDate.now(clock), clock.instant(), Actor.current());
        figures.moved(before, enrolment.figureRows());
        publish(enrolment, "confirmed", null);
        return enrolment;
    }

    public Enrolment dispute(Long id, long expectedVersion, Long byOrganisation, String reason) {
        Enrolment enrolment = get(id, expectedVersion);
        List<TrainingFigureRow> before = enrolment.figureRows();
        enrolment.dispute(byOrganisation, reason, clock.instant(), Actor.current());
        figures.moved(before, enrolment.figureRows());
        publish(enrolment, "disputed", enrolment.disputeReason());
        return enrolment;
    }

    @Transactional(readOnly = true)
    public Enrolment get(Long id) {
        return enrolments.findById(id).orElseThrow(() -> new NotFound("enrolment", id));
    }

    /** A session's enrolments: all of them, or only those of these enterprises. */
    @Transactional(readOnly = true)
    public List<Enrolment> ofSession(Long sessionId, List<Long> onlyEnterprises) {
        return onlyEnterprises == null
                ? enrolments.findBySessionIdOrderById(sessionId)
                : enrolments.findBySessionIdAndEnterpriseIdInOrderById(sessionId, onlyEnterprises);
    }

    private Enrolment get(Long id, long expectedVersion) {
        Enrolment enrolment = get(id);
        Versions.require("enrolment", id, enrolment.version(), expectedVersion);
        return enrolment;
    }

    private Enrolment.Worker sealed(EnrolmentDraft.Checked checked) {
        String name = checked.details().workerName();
        String id = checked.idNumber().value();
        String mobile = checked.mobile() == null ? null : checked.mobile().value();
        return new Enrolment.Worker(
                cipher.seal(TrainingPersons.NAME, name),
                PersonalNames.masked(name),
                cipher.seal(TrainingPersons.ID_NUMBER, id),
                cipher.fingerprint(TrainingPersons.ID_NUMBER, id),
                checked.idNumber().masked(),
                cipher.seal(TrainingPersons.MOBILE, mobile),
                checked.mobile() == null ? null : checked.mobile().masked());
    }

    private void publish(Enrolment enrolment, String step, String detail) {
        events.publishEvent(
                new EnrolmentChanged(enrolment.id(), enrolment.sessionId(), enrolment.bodyId(), step, detail));
    }
}
