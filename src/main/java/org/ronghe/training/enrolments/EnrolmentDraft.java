package org.ronghe.training.enrolments;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.MobileNumber;

/**
 * A worker an enterprise sends to a session: name, 身份证号 (check digit verified), mobile (optional), and the worker's
 * consent to the purpose stated (required: personal data is kept only for a stated purpose the worker agreed to).
 */
public record EnrolmentDraft(
        Long sessionId,
        Long enterpriseId,
        String workerName,
        String idNumber,
        String mobile,
        Boolean consent,
        String purpose) {

    public static final int NAME_MAX = 50;
    public static final int PURPOSE_MAX = 200;

    /** The draft with text trimmed, and the numbers as parsed. */
    public record Checked(EnrolmentDraft details, IdNumber idNumber, MobileNumber mobile) {}

    /** @throws InvalidInput listing every problem at once; the numbers typed never appear in a problem */
    public Checked validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (sessionId == null) {
            problems.add(new FieldProblem("sessionId", "input.required"));
        }
        if (enterpriseId == null) {
            problems.add(new FieldProblem("enterpriseId", "input.required"));
        }
        String name = FieldProblem.trimmed(workerName, "workerName", NAME_MAX, problems);
        if (name == null) {
            problems.add(new FieldProblem("workerName", "input.required"));
        }
        IdNumber id = IdNumber.required(idNumber, "idNumber", problems);
        MobileNumber phone = MobileNumber.optional(mobile, "mobile", problems);
        if (!Boolean.TRUE.equals(consent)) {
            problems.add(new FieldProblem("consent", "training.enrolment.consent-required"));
        }
        String cleanPurpose = FieldProblem.trimmed(purpose, "purpose", PURPOSE_MAX, problems);
        if (cleanPurpose == null) {
            problems.add(new FieldProblem("purpose", "training.enrolment.purpose-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(
                new EnrolmentDraft(
                        sessionId,
                        enterpriseId,
                        name,
                        id.value(),
                        phone == null ? null : phone.value(),
                        true,
                        cleanPurpose),
                id,
                phone);
    }

    @Override
    public String toString() {
        return "EnrolmentDraft[session " + sessionId + ", enterprise " + enterpriseId + "]";
    }
}
