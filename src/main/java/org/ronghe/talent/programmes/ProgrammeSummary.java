package org.ronghe.talent.programmes;

import java.util.List;

/** A programme as lists show it, with its schools and enterprises by name and its number of cohorts. */
public record ProgrammeSummary(
        Long id,
        String name,
        ProgrammeKind kind,
        Long bodyId,
        Long agreementId,
        String major,
        Integer intakeYear,
        Integer plannedSize,
        List<String> schools,
        List<String> enterprises,
        int cohorts) {}
