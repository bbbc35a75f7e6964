package org.ronghe.agreement;

/** What an agreement is about; the three talent-cultivation kinds are kept apart because programmes implement them. */
public enum AgreementKind {
    FRAMEWORK,
    JOINT_RESEARCH,
    OVERSEAS_SCHOOLING,
    ORDER_CLASS,
    APPRENTICESHIP,
    NAMED_PIPELINE,
    INTERNSHIP_EMPLOYMENT,
    TRAINING,
    CO_BUILT_BASE,
    TECHNICAL_SERVICE,
    TECHNOLOGY_TRANSFER,
    OTHER;

    public String messageKey() {
        return "agreement.kind." + name();
    }
}
