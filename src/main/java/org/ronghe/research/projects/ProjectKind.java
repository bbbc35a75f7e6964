package org.ronghe.research.projects;

/** 科技攻关 (tackling a key technical problem), 横向课题 (commissioned by an enterprise), 联合研发 (joint development). */
public enum ProjectKind {
    TACKLING,
    COMMISSIONED,
    JOINT;

    public String messageKey() {
        return "research.kind." + name();
    }
}
