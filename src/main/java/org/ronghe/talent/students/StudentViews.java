package org.ronghe.talent.students;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.talent.programmes.Cohort;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.Programmes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link StudentView} a caller may see: masked, or revealed (audited) for a personal-data officer. */
@Component
public class StudentViews {

    private final StudentBook book;
    private final Programmes programmes;
    private final Directory directory;

    StudentViews(StudentBook book, Programmes programmes, Directory directory) {
        this.book = book;
        this.programmes = programmes;
        this.directory = directory;
    }

    /**
     * @param reveal whether to show the numbers in full (the caller checked the privilege; the reveal is audited)
     * @param withConsents whether the caller may see whom the student shares data with
     */
    @Transactional
    public StudentView of(Long id, boolean reveal, boolean withConsents) {
        return of(id, reveal, withConsents, "page");
    }

    /** @param how how the numbers are revealed, for the audit record ("page", "self", "self-download") */
    @Transactional
    public StudentView of(Long id, boolean reveal, boolean withConsents, String how) {
        Student s = book.get(id);
        StudentBook.Identifiers clear = reveal ? book.reveal(s, how) : null;
        List<StudentConsent> consents = withConsents ? s.consents() : List.of();
        Map<Long, OrganisationSummary> names = directory.summaries(
                Stream.concat(Stream.of(s.schoolId()), consents.stream().map(StudentConsent::organisationId))
                        .distinct()
                        .toList());
        Programme programme = s.programmeId() == null
                ? null
                : programmes.findById(s.programmeId()).orElse(null);
        Integer cohortYear = programme == null || s.cohortId() == null
                ? null
                : programme.cohorts().stream()
                        .filter(c -> c.id().equals(s.cohortId()))
                        .map(Cohort::intakeYear)
                        .findFirst()
                        .orElse(null);
        return new StudentView(
                s.id(),
                s.version(),
                s.schoolId(),
                name(names, s.schoolId()),
                s.programmeId(),
                programme == null ? null : programme.name(),
                s.cohortId(),
                cohortYear,
                s.name(),
                s.gender(),
                clear == null ? s.idNumberMasked() : clear.idNumber(),
                clear == null ? s.mobileMasked() : clear.mobile(),
                s.major(),
                s.className(),
                s.expectedGraduation(),
                clear != null,
                consents.stream()
                        .map(c -> new StudentView.ConsentLine(
                                c.organisationId(),
                                name(names, c.organisationId()),
                                c.grantedAt(),
                                c.grantedBy(),
                                c.withdrawnAt()))
                        .toList());
    }

    private static String name(Map<Long, OrganisationSummary> names, Long id) {
        return names.containsKey(id) ? names.get(id).name() : "#" + id;
    }
}
