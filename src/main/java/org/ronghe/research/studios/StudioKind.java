package org.ronghe.research.studios;

/** 劳模创新工作室, 技能大师工作室, 职工创新工作室. */
public enum StudioKind {
    MODEL_WORKER,
    SKILL_MASTER,
    STAFF_INNOVATION;

    public String messageKey() {
        return "research.studio.kind." + name();
    }
}
