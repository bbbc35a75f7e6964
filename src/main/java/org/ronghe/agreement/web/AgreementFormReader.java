package org.ronghe.agreement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.web.AgreementForm.PartyRow;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Turns the agreement form into terms: organisations typed by name or number are looked up in the directory, blank
 * party rows are skipped, and every problem is named after the form row it belongs to.
 */
@Component
class AgreementFormReader {

    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)](.*)");

    private final Directory directory;

    AgreementFormReader(Directory directory) {
        this.directory = directory;
    }

    /** The form's terms; organisations named by name or number are looked up in the directory. */
    AgreementDraft terms(AgreementForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Party> parties = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        List<PartyRow> rows = form.getParties();
        for (int i = 0; i < rows.size(); i++) {
            PartyRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            try {
                parties.add(new Party(
                        directory.pick(row.getOrganisation()),
                        row.getRole(),
                        row.getSignatoryTitle(),
                        row.getCommittedCash(),
                        row.getCommittedInKind()));
                rowOf.add(i);
            } catch (InvalidInput e) {
                int index = i;
                e.problems()
                        .forEach(p -> problems.add(
                                new FieldProblem("parties[" + index + "].organisationId", p.code(), p.arguments())));
            }
        }
        AgreementDraft terms = new AgreementDraft(
                form.getTitle(),
                form.getKind(),
                form.getBodyId(),
                form.getMeetingId(),
                form.getPlace(),
                form.getTermStartsOn(),
                form.getTermEndsOn(),
                parties);
        try {
            terms = terms.validate();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(new FieldProblem(onRow(p.field(), rowOf), p.code(), p.arguments())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return terms;
    }

    /** A problem of the i-th party named on the form row it was typed in (blank rows are skipped). */
    private static String onRow(String field, List<Integer> rowOf) {
        Matcher m = PARTY_FIELD.matcher(field);
        return m.matches() ? "parties[" + rowOf.get(Integer.parseInt(m.group(1))) + "]" + m.group(2) : field;
    }

    /** Problems name {@code parties[i].organisationId}; the form's field is {@code parties[i].organisation}. */
    static String formField(String field) {
        return field.endsWith(".organisationId") ? field.replace(".organisationId", ".organisation") : field;
    }
}
