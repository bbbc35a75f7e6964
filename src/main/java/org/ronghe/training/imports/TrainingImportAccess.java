package org.ronghe.training.imports;

import org.ronghe.core.Actor;
import org.ronghe.identity.Permissions;
import org.ronghe.training.courses.TrainingSessions;
import org.springframework.stereotype.Component;

/**
 * Who imports: an attendance list the admins of the provider whose sessions it names, certificates the admins of their
 * issuer (and platform admins). An import is seen by whoever started it, the organisation's admins and platform admins.
 * Used in {@code @PreAuthorize} as {@code @trainingImportAccess}; unknown ids pass, so that the request answers 404.
 */
@Component("trainingImportAccess")
public class TrainingImportAccess {

    private final Permissions permissions;
    private final TrainingImportRecords records;
    private final TrainingSessions sessions;

    TrainingImportAccess(Permissions permissions, TrainingImportRecords records, TrainingSessions sessions) {
        this.permissions = permissions;
        this.records = records;
        this.sessions = sessions;
    }

    /** Importing an attendance list from a session's page: its provider's admins. */
    public boolean canImportAttendanceFrom(Long sessionId) {
        return sessions.findById(sessionId)
                .map(s -> canImportFor(s.providerId()))
                .orElse(true);
    }

    /** Importing for the organisation: its admins. */
    public boolean canImportFor(Long organisationId) {
        return organisationId != null && permissions.canManageOrganisation(organisationId);
    }

    public boolean canSee(Long importId) {
        return records.find(importId)
                .map(j ->
                        j.createdBy().equals(Actor.current()) || permissions.canManageOrganisation(j.organisationId()))
                .orElse(true);
    }
}
