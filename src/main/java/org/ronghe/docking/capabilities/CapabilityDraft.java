package org.ronghe.docking.capabilities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PatentNumber;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.Industry;

/**
 * What an organisation offers: the kind, a title, a description and keywords; the industry (GB/T 4754) and region
 * (行政区划代码); by kind, a result's readiness level (1–9, GB/T 22900), a patent's application number (checked, check
 * character included), a major's code in the vocational majors catalogue (six digits), an expert's name and whether the
 * organisation consents to show it.
 */
public record CapabilityDraft(
        Long organisationId,
        CapabilityKind kind,
        String title,
        String description,
        String keywords,
        String industry,
        String regionCode,
        Integer readinessLevel,
        String patentNumber,
        String majorCode,
        String expertName,
        Boolean expertNameShown,
        Integer places) {

    /** The most places a major may plan a year. */
    public static final int PLACES_MAX = 100_000;

    private static final Pattern MAJOR_CODE = Pattern.compile("\\d{6}");

    /**
     * The draft as it will be kept (text stripped, blanks null, codes canonical; fields of other kinds dropped).
     *
     * @throws InvalidInput listing every problem found
     */
    public CapabilityDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (organisationId == null) {
            problems.add(new FieldProblem("organisationId", "input.required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "input.required"));
        }
        String cleanTitle = required(FieldProblem.trimmed(title, "title", 200, problems), "title", problems);
        String cleanDescription =
                required(FieldProblem.trimmed(description, "description", 4000, problems), "description", problems);
        CapabilityDraft clean = new CapabilityDraft(
                organisationId,
                kind,
                cleanTitle,
                cleanDescription,
                FieldProblem.trimmed(keywords, "keywords", 500, problems),
                Industry.checked(industry, "industry", problems),
                RegionCode.checked(regionCode, "regionCode", problems),
                kind == CapabilityKind.RESULT ? readiness(problems) : null,
                kind == CapabilityKind.PATENT ? patent(problems) : null,
                kind == CapabilityKind.MAJOR ? major(problems) : null,
                kind == CapabilityKind.EXPERT ? FieldProblem.trimmed(expertName, "expertName", 50, problems) : null,
                kind == CapabilityKind.EXPERT && Boolean.TRUE.equals(expertNameShown),
                kind == CapabilityKind.MAJOR ? places(problems) : null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clean;
    }

    /** The industry as kept ({@code C32}), or null. */
    public Industry industryCode() {
        return industry == null ? null : Industry.parse(industry);
    }

    private Integer readiness(List<FieldProblem> problems) {
        if (readinessLevel != null && (readinessLevel < 1 || readinessLevel > 9)) {
            problems.add(new FieldProblem("readinessLevel", "input.range", 1, 9));
        }
        return readinessLevel;
    }

    private String patent(List<FieldProblem> problems) {
        if (patentNumber == null || patentNumber.isBlank()) {
            return null;
        }
        try {
            return PatentNumber.parse(patentNumber).value();
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of("patentNumber", e));
            return null;
        }
    }

    private Integer places(List<FieldProblem> problems) {
        if (places != null && (places < 1 || places > PLACES_MAX)) {
            problems.add(new FieldProblem("places", "input.range", 1, PLACES_MAX));
        }
        return places;
    }

    private String major(List<FieldProblem> problems) {
        if (majorCode == null || majorCode.isBlank()) {
            return null;
        }
        String code = majorCode.strip();
        if (!MAJOR_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("majorCode", "docking.capability.major-code-invalid"));
            return null;
        }
        return code;
    }

    private static String required(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "input.required"));
        }
        return value;
    }
}
