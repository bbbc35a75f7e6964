package org.ronghe.research.projects;

import java.util.Collection;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.PersonalNames;

/**
 * A principal investigator as typed: the party organisation, the person's name (personal data: sealed once kept, never
 * shown again in full) and title (职称, such as 教授 or 正高级工程师; optional).
 */
public record InvestigatorDraft(Long organisationId, String name, String title) {

    public static final int NAME_MAX = 50;
    public static final int TITLE_MAX = 50;
    public static final int MAX = 20;

    /**
     * Adds a problem for each field at fault (named {@code at.field}): an organisation among {@code parties}, a name
     * (not a masked one read back), lengths.
     *
     * @return the draft with text trimmed
     */
    InvestigatorDraft checked(String at, Collection<Long> parties, List<FieldProblem> problems) {
        if (organisationId == null || !parties.contains(organisationId)) {
            problems.add(new FieldProblem(at + ".organisationId", "research.investigator.not-a-party"));
        }
        String cleanName = FieldProblem.trimmed(name, at + ".name", NAME_MAX, problems);
        if (cleanName == null) {
            problems.add(new FieldProblem(at + ".name", "research.investigator.name-required"));
        } else if (cleanName.contains("*")) {
            problems.add(new FieldProblem(at + ".name", "research.investigator.name-masked"));
        }
        String cleanTitle = FieldProblem.trimmed(title, at + ".title", TITLE_MAX, problems);
        return new InvestigatorDraft(organisationId, cleanName, cleanTitle);
    }

    /** The same with the name masked, for audit details and logs. */
    public InvestigatorDraft masked() {
        return new InvestigatorDraft(
                organisationId, name == null || name.isEmpty() ? name : PersonalNames.masked(name), title);
    }

    /** Never the name in full, should a draft be logged. */
    @Override
    public String toString() {
        InvestigatorDraft shown = masked();
        return "InvestigatorDraft[organisationId=" + organisationId + ", name=" + shown.name + ", title=" + title + "]";
    }
}
