package org.ronghe.training.courses;

/**
 * 技能提升培训 for employed workers, 企业新型学徒制 (an enterprise's apprentices trained with a school, in cohorts), 特种作业 培训 (before
 * the operation certificate).
 */
public enum TrainingKind {
    SKILL_UPGRADE,
    NEW_APPRENTICESHIP,
    SPECIAL_OPERATION;

    public String messageKey() {
        return "training.kind." + name();
    }
}
