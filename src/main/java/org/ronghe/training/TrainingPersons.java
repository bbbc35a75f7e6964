package org.ronghe.training;

/**
 * The names under which training seals and fingerprints a person's data: one for the name, ID and mobile number each,
 * shared by enrolments and certificates so that a worker's certificates are found from an enrolment by fingerprint.
 */
public final class TrainingPersons {

    public static final String NAME = "certificate.holder-name";
    public static final String ID_NUMBER = "certificate.holder-id";
    public static final String MOBILE = "training.worker-mobile";

    private TrainingPersons() {}
}
