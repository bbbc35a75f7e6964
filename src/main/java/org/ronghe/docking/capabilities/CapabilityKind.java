package org.ronghe.docking.capabilities;

/**
 * 科技成果 (a result, with its readiness level), 专利 (with its application number), 实验室/平台/中心/设备, 专家 (research directions;
 * the name only with consent), 专业 (a major a school runs), 培训课程 (for employed workers), 服务.
 */
public enum CapabilityKind {
    RESULT,
    PATENT,
    LAB,
    EXPERT,
    MAJOR,
    TRAINING,
    SERVICE
}
