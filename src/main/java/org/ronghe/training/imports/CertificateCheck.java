package org.ronghe.training.imports;

import static org.ronghe.training.imports.CertificateColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNames;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.imports.SheetTally;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.training.TrainingPersons;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateDraft;
import org.ronghe.training.imports.CertificateLookups.Earned;

/**
 * Checks the lines of a certificate sheet by the rules of a certificate recorded on its page
 * ({@link CertificateDraft}), the issuer being the import's organisation: numbers unique in the sheet and on the
 * platform, the holder's organisation known, and — when a session is named — the holder enrolled in it (the same ID
 * number), so that the certificate counts in that session's body. The holder's name and ID number are sealed as the
 * page seals them.
 */
final class CertificateCheck extends SheetTally<CertificateCheck.Valid> {

    /** A valid line: the certificate as it will be kept, its holder sealed, and what it was earned through. */
    record Valid(CertificateDraft certificate, Certificate.Holder holder, Earned earned) {}

    private final Long issuerId;
    private final LocalDate today;
    private final CertificateLabels labels;
    private final HolderOrganisations organisations;
    private final CertificateLookups lookups;
    private final PersonalDataCipher cipher;
    private final IdMatches matches;
    private final Map<String, Integer> numbers = new HashMap<>();

    CertificateCheck(
            Long issuerId,
            LocalDate today,
            CertificateLabels labels,
            HolderOrganisations organisations,
            CertificateLookups lookups,
            PersonalDataCipher cipher,
            IdMatches matches) {
        this.issuerId = issuerId;
        this.today = today;
        this.labels = labels;
        this.organisations = organisations;
        this.lookups = lookups;
        this.cipher = cipher;
        this.matches = matches;
    }

    @Override
    public int width() {
        return CertificateColumn.values().length;
    }

    @Override
    public void accept(Line line) {
        List<SheetProblem> found = new ArrayList<>();
        CertificateDraft draft = new CertificateDraft(
                NUMBER.in(line),
                Cells.choice(line, KIND, labels.kinds, found),
                Cells.choice(line, LEVEL, labels.levels, found),
                OCCUPATION.in(line),
                OCCUPATION_CODE.in(line),
                issuerId,
                Cells.date(line, ISSUED_ON, found),
                Cells.choice(line, HOLDER_KIND, labels.holderKinds, found),
                organisations.resolve(line, HOLDER_ORGANISATION, found),
                HOLDER_NAME.in(line),
                HOLDER_ID_NUMBER.in(line),
                null);
        Long session = Cells.whole(line, SESSION, found);
        CertificateDraft valid = null;
        try {
            valid = draft.validate(today);
        } catch (InvalidInput e) {
            e.problems().stream()
                    .map(p -> problem(line, p))
                    .filter(p -> found.stream().noneMatch(f -> f.column().equals(p.column())))
                    .forEach(found::add);
        }
        Valid row = valid == null ? null : judge(line, valid, session, found);
        tally(found, found.isEmpty() ? row : null);
    }

    private Valid judge(Line line, CertificateDraft valid, Long session, List<SheetProblem> found) {
        Integer first = numbers.putIfAbsent(valid.number(), line.number());
        if (first != null) {
            found.add(Cells.problem(line, NUMBER, "training.import.duplicate-row", first));
        } else if (lookups.numberTaken(valid.number())) {
            found.add(Cells.problem(line, NUMBER, "training.certificate.number-taken"));
        }
        String id = valid.holderIdNumber();
        Certificate.Holder holder = new Certificate.Holder(
                cipher.seal(TrainingPersons.NAME, valid.holderName()),
                PersonalNames.masked(valid.holderName()),
                cipher.seal(TrainingPersons.ID_NUMBER, id),
                cipher.fingerprint(TrainingPersons.ID_NUMBER, id),
                new IdNumber(id).masked());
        Earned earned = null;
        if (session != null && !matches.mayMatch()) {
            found.add(Cells.problem(line, SESSION, IdMatches.SPENT));
        } else if (session != null) {
            earned = lookups.enrolment(session, holder.idFingerprint()).orElse(null);
            if (earned == null) {
                matches.missed();
                found.add(Cells.problem(line, SESSION, "training.certificate.enrolment-other"));
            }
        }
        return new Valid(valid, holder, earned);
    }

    /** A draft's problem on its column; an ID number's without its arguments. */
    private static SheetProblem problem(Line line, FieldProblem p) {
        CertificateColumn column = CertificateColumn.ofField(p.field());
        if (column == HOLDER_ID_NUMBER && p.code().startsWith("identifier.")) {
            return Cells.problem(line, column, Cells.idProblem(p.code()));
        }
        return Cells.problem(line, column, p.code(), p.arguments());
    }
}
