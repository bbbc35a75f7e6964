package org.ronghe.research.studios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PersonalNames;

/**
 * What a studio is, as typed or sent to the API: its body, name, kind, host organisation, leader's name (optional),
 * founding date (optional) and members. Names are personal data: {@code null} leader or members on a revision keep
 * those kept; a list of members replaces them. {@link #validate} reports every problem at once.
 */
public record StudioDraft(
        Long bodyId,
        String name,
        StudioKind kind,
        Long hostId,
        String leaderName,
        LocalDate foundedOn,
        List<StudioMemberDraft> members) {

    public static final int NAME_MAX = 100;
    public static final int PERSON_NAME_MAX = 50;
    public static final int MEMBERS_MAX = 50;

    public StudioDraft {
        members = members == null ? null : List.copyOf(members);
    }

    /**
     * @return the draft with text trimmed
     * @throws InvalidInput listing every problem: body, name, kind, host, names of people (not masked ones read back),
     *     a founding date not after {@code today}, at most {@value #MEMBERS_MAX} members
     */
    public StudioDraft validate(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bodyId == null) {
            problems.add(new FieldProblem("bodyId", "research.body.required"));
        }
        String cleanName = FieldProblem.trimmed(name, "name", NAME_MAX, problems);
        if (cleanName == null) {
            problems.add(new FieldProblem("name", "research.studio.name-required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "research.studio.kind-required"));
        }
        if (hostId == null) {
            problems.add(new FieldProblem("hostId", "research.studio.host-required"));
        }
        String leader = personName(leaderName, "leaderName", false, problems);
        if (foundedOn != null && foundedOn.isAfter(today)) {
            problems.add(new FieldProblem("foundedOn", "research.studio.founded-in-future"));
        }
        List<StudioMemberDraft> cleanMembers = checkMembers(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new StudioDraft(bodyId, cleanName, kind, hostId, leader, foundedOn, cleanMembers);
    }

    private List<StudioMemberDraft> checkMembers(List<FieldProblem> problems) {
        if (members == null) {
            return null;
        }
        if (members.size() > MEMBERS_MAX) {
            problems.add(new FieldProblem("members", "research.studio.members-too-many", MEMBERS_MAX));
        }
        List<StudioMemberDraft> clean = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            StudioMemberDraft m = members.get(i) == null ? new StudioMemberDraft(null, null) : members.get(i);
            clean.add(m.checked("members[" + i + "]", problems));
        }
        return clean;
    }

    /** A person's name trimmed; a problem when missing (if required), too long, or a masked one read back. */
    static String personName(String value, String field, boolean required, List<FieldProblem> problems) {
        String clean = FieldProblem.trimmed(value, field, PERSON_NAME_MAX, problems);
        if (clean == null && required) {
            problems.add(new FieldProblem(field, "research.studio.person-name-required"));
        } else if (clean != null && clean.contains("*")) {
            problems.add(new FieldProblem(field, "research.studio.person-name-masked"));
        }
        return clean;
    }

    /** Never a name in full, should a draft be logged. */
    @Override
    public String toString() {
        return "StudioDraft[bodyId=" + bodyId + ", name=" + name + ", kind=" + kind + ", hostId=" + hostId
                + ", leaderName="
                + (leaderName == null || leaderName.isBlank() ? leaderName : PersonalNames.masked(leaderName.strip()))
                + ", foundedOn=" + foundedOn + ", members=" + members + "]";
    }
}
