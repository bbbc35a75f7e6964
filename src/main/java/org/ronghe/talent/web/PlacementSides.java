package org.ronghe.talent.web;

import org.ronghe.core.InvalidInput;
import org.ronghe.talent.placements.Evaluation;
import org.ronghe.talent.placements.Internship;
import org.ronghe.talent.students.StudentAccess;
import org.springframework.security.access.AccessDeniedException;

/** For which side a user evaluates an internship: the school's keepers as the school, the employer's admins as it. */
final class PlacementSides {

    private PlacementSides() {}

    /**
     * @param asked the side asked for; needed only by someone who may act for both
     * @throws AccessDeniedException when the user may act for neither (or not for the side asked)
     */
    static Evaluation.Side of(StudentAccess access, Internship internship, Evaluation.Side asked) {
        boolean school = access.canKeep(internship.schoolId());
        boolean enterprise = access.actsFor(internship.enterpriseId());
        if (asked != null) {
            if ((asked == Evaluation.Side.SCHOOL && school) || (asked == Evaluation.Side.ENTERPRISE && enterprise)) {
                return asked;
            }
            throw new AccessDeniedException("evaluation side");
        }
        if (school && enterprise) {
            throw new InvalidInput("side", "talent.evaluation.side-required");
        }
        if (!school && !enterprise) {
            throw new AccessDeniedException("evaluation");
        }
        return school ? Evaluation.Side.SCHOOL : Evaluation.Side.ENTERPRISE;
    }
}
