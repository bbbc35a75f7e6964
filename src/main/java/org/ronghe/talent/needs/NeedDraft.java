package org.ronghe.talent.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RegionCode;

/**
 * What an enterprise needs: a post, the majors and level it takes, how many people, where and when, and the skills.
 * {@code regionCode} is a 行政区划代码 (checked); the period is optional.
 */
public record NeedDraft(
        Long bodyId,
        Long organisationId,
        String post,
        String majors,
        EducationLevel level,
        Integer headcount,
        String regionCode,
        LocalDate periodStarts,
        LocalDate periodEnds,
        String skills) {

    public static final int HEADCOUNT_MAX = 100_000;

    /**
     * The terms as they will be kept (text stripped, blanks as null).
     *
     * @throws InvalidInput listing every problem found
     */
    public NeedDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        required(bodyId, "bodyId", problems);
        required(organisationId, "organisationId", problems);
        String cleanPost = FieldProblem.trimmed(post, "post", 200, problems);
        required(cleanPost, "post", problems);
        required(level, "level", problems);
        if (headcount == null) {
            problems.add(new FieldProblem("headcount", "input.required"));
        } else if (headcount < 1 || headcount > HEADCOUNT_MAX) {
            problems.add(new FieldProblem("headcount", "input.range", 1, HEADCOUNT_MAX));
        }
        String region = RegionCode.checked(regionCode, "regionCode", problems);
        if (periodStarts != null && periodEnds != null && periodEnds.isBefore(periodStarts)) {
            problems.add(new FieldProblem("periodEnds", "talent.need.period.order"));
        }
        NeedDraft clean = new NeedDraft(
                bodyId,
                organisationId,
                cleanPost,
                FieldProblem.trimmed(majors, "majors", 500, problems),
                level,
                headcount,
                region,
                periodStarts,
                periodEnds,
                FieldProblem.trimmed(skills, "skills", 2000, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clean;
    }

    private static void required(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "input.required"));
        }
    }
}
