package org.ronghe.training.certificates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ronghe.core.ChineseText;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;

/**
 * A certificate as typed or sent. {@link #validate()} reports every problem at once: the number (letters, digits and
 * dashes), a level the kind takes, the occupation and its code from the national occupational classification when given
 * ({@code 6-18-02-04}), the dates, the holder's name and ID number (check digit). A certificate earned through a
 * training enrolment names it (optional): it then counts in that enrolment's body.
 */
public record CertificateDraft(
        String number,
        CertificateKind kind,
        String level,
        String occupation,
        String occupationCode,
        Long issuerOrganisationId,
        LocalDate issuedOn,
        Certificate.HolderKind holderKind,
        Long holderOrganisationId,
        String holderName,
        String holderIdNumber,
        Long enrolmentId) {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,59}");
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\d-\\d{2}-\\d{2}-\\d{2}");

    /** The number as kept: full width folded, spaces dropped, letters in upper case. */
    public static String normalised(String number) {
        return number == null
                ? ""
                : ChineseText.foldWidth(number).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** @throws InvalidInput listing every problem */
    public CertificateDraft validate(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanNumber = normalised(number);
        if (!NUMBER.matcher(cleanNumber).matches()) {
            problems.add(new FieldProblem("number", "training.certificate.number-form"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "training.certificate.kind-required"));
        } else if (kind.levels().isEmpty()
                ? level != null && !level.isBlank()
                : level == null || !kind.levels().contains(level)) {
            problems.add(new FieldProblem("level", "training.certificate.level-" + kind.name()));
        }
        String cleanOccupation = FieldProblem.trimmed(occupation, "occupation", 200, problems);
        if (cleanOccupation == null) {
            problems.add(new FieldProblem("occupation", "training.certificate.occupation-required"));
        }
        String code = occupationCode == null || occupationCode.isBlank() ? null : occupationCode.strip();
        if (code != null && !OCCUPATION_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("occupationCode", "training.certificate.occupation-code"));
        }
        if (issuerOrganisationId == null) {
            problems.add(new FieldProblem("issuerOrganisationId", "training.certificate.issuer-required"));
        }
        if (issuedOn == null || issuedOn.isAfter(today)) {
            problems.add(new FieldProblem("issuedOn", "training.certificate.issued-on-invalid"));
        }
        if (holderKind == null) {
            problems.add(new FieldProblem("holderKind", "training.certificate.holder-kind-required"));
        }
        String name = FieldProblem.trimmed(holderName, "holderName", 50, problems);
        if (name == null) {
            problems.add(new FieldProblem("holderName", "training.certificate.holder-name-required"));
        }
        String id = null;
        try {
            id = IdNumber.parse(holderIdNumber).value();
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of("holderIdNumber", e));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CertificateDraft(
                cleanNumber,
                kind,
                kind.levels().isEmpty() ? null : level,
                cleanOccupation,
                code,
                issuerOrganisationId,
                issuedOn,
                holderKind,
                holderOrganisationId,
                name,
                id,
                enrolmentId);
    }
}
