package org.ronghe.docking.demands;

/** 技术需求 (a problem to solve), 培训需求 (people to train), 服务需求 (testing, consulting, equipment use). */
public enum DemandKind {
    TECHNOLOGY,
    TRAINING,
    SERVICE
}
