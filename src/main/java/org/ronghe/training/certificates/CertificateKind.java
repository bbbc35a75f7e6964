package org.ronghe.training.certificates;

import java.util.List;

/** 职业技能等级证书 (levels 五级 to 一级), 特种作业操作证 (no level), 1+X 职业技能等级证书 (初级, 中级, 高级); each kind with the levels it takes. */
public enum CertificateKind {
    SKILL_LEVEL(List.of("LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1")),
    SPECIAL_OPERATION(List.of()),
    ONE_PLUS_X(List.of("JUNIOR", "INTERMEDIATE", "SENIOR"));

    private final List<String> levels;

    CertificateKind(List<String> levels) {
        this.levels = levels;
    }

    /** The levels the kind takes; none for special operations. */
    public List<String> levels() {
        return levels;
    }

    public String messageKey() {
        return "training.certificate.kind." + name();
    }
}
