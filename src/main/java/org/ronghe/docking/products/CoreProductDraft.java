package org.ronghe.docking.products;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Industry;

/** An organisation's core product: its name, what it is, its industry (GB/T 4754) and the technologies it rests on. */
public record CoreProductDraft(
        Long organisationId, String name, String description, String industry, String technologies) {

    /**
     * The draft as it will be kept (text stripped, blanks null, the industry canonical).
     *
     * @throws InvalidInput listing every problem found
     */
    public CoreProductDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (organisationId == null) {
            problems.add(new FieldProblem("organisationId", "input.required"));
        }
        String cleanName = FieldProblem.trimmed(name, "name", 200, problems);
        if (cleanName == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
            problems.add(new FieldProblem("name", "input.required"));
        }
        CoreProductDraft clean = new CoreProductDraft(
                organisationId,
                cleanName,
                FieldProblem.trimmed(description, "description", 2000, problems),
                Industry.checked(industry, "industry", problems),
                FieldProblem.trimmed(technologies, "technologies", 1000, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clean;
    }
}
