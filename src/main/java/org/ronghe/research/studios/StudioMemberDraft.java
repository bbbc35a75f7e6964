package org.ronghe.research.studios;

import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.PersonalNames;

/** A member as typed: the name (personal data, sealed once kept) and the role in the studio (optional). */
public record StudioMemberDraft(String name, String role) {

    public static final int ROLE_MAX = 50;

    StudioMemberDraft checked(String at, List<FieldProblem> problems) {
        String cleanName = StudioDraft.personName(name, at + ".name", true, problems);
        return new StudioMemberDraft(cleanName, FieldProblem.trimmed(role, at + ".role", ROLE_MAX, problems));
    }

    /** Never the name in full, should a draft be logged. */
    @Override
    public String toString() {
        return "StudioMemberDraft[name=" + (name == null || name.isBlank() ? name : PersonalNames.masked(name.strip()))
                + ", role=" + role + "]";
    }
}
