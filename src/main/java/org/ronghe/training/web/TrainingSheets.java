package org.ronghe.training.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ronghe.directory.Directory;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.courses.Course;
import org.ronghe.training.enrolments.Enrolment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rows of the training exports, in the reader's language, organisations by name, people masked. */
@Component
class TrainingSheets {

    static final List<String> ENROLMENT_HEADERS = List.of(
            "training.worker.name",
            "training.worker.id-number",
            "training.worker.mobile",
            "training.worker.enterprise",
            "training.course.provider",
            "training.kind",
            "training.enrolment.hours",
            "training.enrolment.result",
            "training.enrolment.confirmation",
            "training.records.completed-on");

    static final List<String> CERTIFICATE_HEADERS = List.of(
            "training.records.number",
            "training.certificate.kind",
            "training.certificate.level",
            "training.certificate.occupation",
            "training.certform.occupation-code",
            "training.records.holder",
            "training.worker.id-number",
            "training.worker.enterprise",
            "training.records.issuer",
            "training.records.issued-on");

    static final List<String> COURSE_HEADERS = List.of(
            "training.course.title",
            "training.course.provider",
            "training.kind",
            "training.course.skills",
            "training.course.hours",
            "training.course.mode",
            "training.course.capacity",
            "training.course.price",
            "training.course.withdrawn-badge");

    private final Directory directory;
    private final MessageSource messages;

    TrainingSheets(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    List<String> headers(List<String> keys, Locale locale) {
        return keys.stream().map(k -> messages.getMessage(k, null, locale)).toList();
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    List<List<Object>> enrolments(List<Enrolment> enrolments, Locale locale) {
        Map<Long, String> names = names(enrolments.stream().flatMap(e -> Stream.of(e.enterpriseId(), e.providerId())));
        List<List<Object>> rows = new ArrayList<>();
        for (Enrolment e : enrolments) {
            rows.add(cells(
                    e.workerNameMasked(),
                    e.idMasked(),
                    e.mobileMasked(),
                    names.get(e.enterpriseId()),
                    names.get(e.providerId()),
                    text(e.kind().messageKey(), locale),
                    e.hoursAttended(),
                    text(e.result().messageKey(), locale),
                    text(e.confirmation().messageKey(), locale),
                    e.completedOn() == null ? null : e.completedOn().toString()));
        }
        return rows;
    }

    List<List<Object>> certificates(List<Certificate> certificates, Locale locale) {
        Map<Long, String> names =
                names(certificates.stream().flatMap(c -> Stream.of(c.issuerId(), c.holderOrganisationId())));
        List<List<Object>> rows = new ArrayList<>();
        for (Certificate c : certificates) {
            rows.add(cells(
                    c.number(),
                    text(c.kind().messageKey(), locale),
                    c.level() == null ? null : text("training.certificate.level." + c.level(), locale),
                    c.occupation(),
                    c.occupationCode(),
                    c.holderNameMasked(),
                    c.holderIdMasked(),
                    c.holderOrganisationId() == null ? null : names.get(c.holderOrganisationId()),
                    names.get(c.issuerId()),
                    c.issuedOn().toString()));
        }
        return rows;
    }

    List<List<Object>> courses(Collection<Course> courses, Locale locale) {
        Map<Long, String> names = names(courses.stream().map(Course::providerId));
        List<List<Object>> rows = new ArrayList<>();
        for (Course c : courses) {
            rows.add(cells(
                    c.title(),
                    names.get(c.providerId()),
                    text(c.kind().messageKey(), locale),
                    c.skills(),
                    c.hours(),
                    text(c.mode().messageKey(), locale),
                    c.capacity(),
                    c.price(),
                    c.withdrawn() ? text("training.course.withdrawn-badge", locale) : null));
        }
        return rows;
    }

    private Map<Long, String> names(Stream<Long> ids) {
        return directory.names(ids.filter(id -> id != null).distinct().toList());
    }

    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
