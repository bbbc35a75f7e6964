package org.ronghe.talent.needs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.ronghe.core.RegionCode;

/** A talent need as lists show it; the enterprise's name is filled in from the directory. */
public record NeedSummary(
        Long id,
        Long bodyId,
        Long organisationId,
        String organisationName,
        String post,
        String majors,
        EducationLevel level,
        int headcount,
        String regionCode,
        LocalDate periodStarts,
        LocalDate periodEnds,
        NeedStatus status) {

    /** The province and prefecture named by the region code, e.g. 安徽省安庆市; empty when none. */
    @JsonProperty
    public String regionName() {
        return regionCode == null ? "" : RegionCode.of(regionCode).displayName();
    }

    NeedSummary named(String name) {
        return new NeedSummary(
                id,
                bodyId,
                organisationId,
                name,
                post,
                majors,
                level,
                headcount,
                regionCode,
                periodStarts,
                periodEnds,
                status);
    }
}
