package org.ronghe.evaluation.cycles;

import java.util.List;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who works on a body's evaluations: its secretariat opens, fills in and submits them; its evaluators (the evaluating
 * department) review, adjust and grade them; those and its observers read them; platform admins do all. Used in
 * {@code @PreAuthorize} as {@code @evaluationAccess}; unknown ids pass, so that the request answers 404.
 */
@Component("evaluationAccess")
public class EvaluationAccess {

    private final Permissions permissions;
    private final Evaluations evaluations;

    EvaluationAccess(Permissions permissions, Evaluations evaluations) {
        this.permissions = permissions;
        this.evaluations = evaluations;
    }

    public boolean canOpen(Long bodyId) {
        return bodyId != null && permissions.canManageBody(bodyId);
    }

    public boolean canWrite(Long id) {
        return evaluations.findById(id).map(e -> canOpen(e.bodyId())).orElse(true);
    }

    public boolean canReview(Long id) {
        return evaluations
                .findById(id)
                .map(e -> permissions.canEvaluate(e.bodyId()))
                .orElse(true);
    }

    public boolean canRead(Long id) {
        return evaluations.findById(id).map(e -> canReadBody(e.bodyId())).orElse(true);
    }

    public boolean canReadBody(Long bodyId) {
        return bodyId != null && (permissions.canReadBody(bodyId) || permissions.canEvaluate(bodyId));
    }

    /** The bodies whose evaluations the signed-in user reads; empty for a platform admin, who reads all. */
    public List<Long> readableBodies() {
        return permissions.bodiesAs(Role.SECRETARIAT, Role.OBSERVER, Role.EVALUATOR);
    }

    public boolean readsAll() {
        return permissions.isPlatformAdmin();
    }
}
