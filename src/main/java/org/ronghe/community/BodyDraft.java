package org.ronghe.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RegionCode;

/** A new body as a platform admin types it in; {@link #validate()} reports every problem at once. */
public record BodyDraft(
        String name,
        String shortName,
        BodyKind kind,
        LocalDate foundedOn,
        String regionCode,
        Long parentId,
        String description) {

    /** @throws InvalidInput listing every field that breaks a rule */
    public Body validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "body.name.required"));
        } else if (name.strip().length() > 200) {
            problems.add(
                    new FieldProblem("name", "input.too-long", 200, name.strip().length()));
        }
        if (shortName != null && shortName.strip().length() > 100) {
            problems.add(new FieldProblem(
                    "shortName", "input.too-long", 100, shortName.strip().length()));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "body.kind.required"));
        }
        RegionCode region = null;
        try {
            region = RegionCode.optional(regionCode).orElse(null);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of("regionCode", e));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Body body = new Body(name.strip(), null, kind, foundedOn);
        body.reviseProfile(shortName, description);
        body.locateIn(region);
        return body;
    }
}
