package org.ronghe.community;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;

/**
 * Everything shown about a body on its page and in the API, with organisation ids resolved to names and types. The
 * meetings keep their API name {@code assemblies}.
 */
public record BodyProfile(
        Long id,
        String name,
        String shortName,
        BodyKind kind,
        LocalDate foundedOn,
        String regionCode,
        String description,
        long version,
        BodyRef parent,
        List<BodyRef> children,
        List<Lead> leads,
        List<Term> councilTerms,
        List<OrganisationSummary> guidingCommittee,
        OrganisationSummary secretariat,
        @JsonProperty("assemblies") List<MeetingView> meetings,
        List<Charter> charters,
        List<MemberGroup> members,
        Composition composition) {

    /** The region's name with its code, e.g. {@code 安徽省安庆市 (340800)}; null when nationwide. */
    public String regionLabel() {
        return regionCode == null ? null : RegionCode.of(regionCode).displayName() + " (" + regionCode + ")";
    }

    /** A link to another body. */
    public record BodyRef(Long id, String name, BodyKind kind) {}

    public record Lead(OrganisationSummary organisation, LeadRole role) {}

    /** A charter version; {@code document} is null when no file was uploaded. */
    public record Charter(Long id, String title, LocalDate adoptedOn, Long meetingId, Document document) {}

    public record Term(Long id, Integer ordinal, String name, LocalDate startsOn, LocalDate endsOn, List<Seat> seats) {}

    public record Seat(OrganisationSummary organisation, CouncilPosition position) {}

    /** Active members of one type, sorted by name. */
    public record MemberGroup(OrganisationType type, List<OrganisationSummary> organisations) {

        /** The first {@code count} members, for a preview of a long list. */
        public List<OrganisationSummary> first(int count) {
            return organisations.subList(0, Math.min(count, organisations.size()));
        }
    }

    /** One page of the active members, of one type or (type null) of all types in the page's order. */
    public PageResult<OrganisationSummary> members(OrganisationType type, int page, int size) {
        List<OrganisationSummary> all = members.stream()
                .filter(g -> type == null || g.type() == type)
                .flatMap(g -> g.organisations().stream())
                .toList();
        return PageResult.of(all, page, size);
    }
}
