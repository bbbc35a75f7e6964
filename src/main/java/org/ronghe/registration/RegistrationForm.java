package org.ronghe.registration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ronghe.core.CreditCode;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.MobileNumber;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/**
 * A registration as typed: the unit, the body it wants to join (optional), the contact person and the first admin's
 * account. Kept in the session after a refusal so the form comes back filled in (never the passwords).
 */
public record RegistrationForm(
        String name,
        OrganisationType type,
        SchoolLevel schoolLevel,
        String creditCode,
        String regionCode,
        String industry,
        Long bodyId,
        String contactName,
        String contactMobile,
        String contactEmail,
        String username,
        String displayName,
        String password,
        String confirmPassword)
        implements Serializable {

    static final int CONTACT_NAME_MAX = 50;

    /** What a valid form says, parsed. */
    record Checked(
            String name,
            OrganisationType type,
            SchoolLevel schoolLevel,
            CreditCode creditCode,
            RegionCode region,
            String industry,
            Long bodyId,
            String contactName,
            MobileNumber mobile,
            String contactEmail) {}

    /** The same form without its passwords, to show again. */
    public RegistrationForm withoutPasswords() {
        return new RegistrationForm(
                name,
                type,
                schoolLevel,
                creditCode,
                regionCode,
                industry,
                bodyId,
                contactName,
                contactMobile,
                contactEmail,
                username,
                displayName,
                null,
                null);
    }

    /**
     * @param knownBody whether a body id names a body that exists
     * @throws InvalidInput listing every field that breaks a rule, and the licence scan when missing (the account's own
     *     rules are checked by identity)
     */
    Checked validate(boolean licenceMissing, Predicate<Long> knownBody) {
        List<FieldProblem> problems = new ArrayList<>();
        if (licenceMissing) {
            problems.add(new FieldProblem("licence", "registration.licence.required"));
        }
        if (bodyId != null && !knownBody.test(bodyId)) {
            problems.add(new FieldProblem("bodyId", "registration.body.unknown"));
        }
        OrganisationDraft.Checked unit = unit(problems);
        if (creditCode == null || creditCode.isBlank()) {
            problems.add(new FieldProblem("creditCode", "registration.credit-code.required"));
        }
        if (regionCode == null || regionCode.isBlank()) {
            problems.add(new FieldProblem("regionCode", "registration.region.required"));
        }
        String contact = FieldProblem.trimmed(contactName, "contactName", CONTACT_NAME_MAX, problems);
        if (contact == null) {
            problems.add(new FieldProblem("contactName", "registration.contact.required"));
        }
        MobileNumber mobile = mobile(problems);
        if (password == null || !password.equals(confirmPassword)) {
            problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(
                unit.name(),
                unit.type(),
                unit.schoolLevel(),
                unit.creditCode(),
                unit.region(),
                unit.industry() == null ? null : unit.industry().code(),
                bodyId,
                contact,
                mobile,
                contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip());
    }

    private OrganisationDraft.Checked unit(List<FieldProblem> problems) {
        try {
            return new OrganisationDraft(name, type, schoolLevel, creditCode, regionCode, industry, null, null, null)
                    .validate();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private MobileNumber mobile(List<FieldProblem> problems) {
        try {
            return MobileNumber.parse(contactMobile);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of("contactMobile", e));
            return null;
        }
    }
}
