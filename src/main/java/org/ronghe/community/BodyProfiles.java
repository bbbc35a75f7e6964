package org.ronghe.community;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ronghe.community.BodyProfile.BodyRef;
import org.ronghe.community.BodyProfile.Charter;
import org.ronghe.community.BodyProfile.Lead;
import org.ronghe.community.BodyProfile.MemberGroup;
import org.ronghe.community.BodyProfile.Seat;
import org.ronghe.community.BodyProfile.Term;
import org.ronghe.core.ChineseCollation;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.stereotype.Component;

/** Assembles a {@link BodyProfile}, resolving all organisation ids in one directory look-up. */
@Component
class BodyProfiles {

    private final Bodies bodies;
    private final Memberships memberships;
    private final Directory directory;

    BodyProfiles(Bodies bodies, Memberships memberships, Directory directory) {
        this.bodies = bodies;
        this.memberships = memberships;
        this.directory = directory;
    }

    BodyProfile of(Body body) {
        List<Long> memberIds = memberships.findActiveMemberIds(body.id());
        Map<Long, OrganisationSummary> orgs = directory.summaries(referencedIds(body, memberIds));
        List<OrganisationSummary> members = memberIds.stream()
                .map(orgs::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        BodyRef parent =
                body.parentId().flatMap(bodies::findById).map(BodyProfiles::ref).orElse(null);
        return new BodyProfile(
                body.id(),
                body.name(),
                body.shortName(),
                body.kind(),
                body.foundedOn(),
                body.region().map(Object::toString).orElse(null),
                body.description(),
                body.version(),
                parent,
                bodies.findChildren(body.id()).stream().map(BodyProfiles::ref).toList(),
                body.leadUnits().stream()
                        .map(l -> new Lead(orgs.get(l.organisationId()), l.role()))
                        .toList(),
                terms(body, orgs),
                body.guidingCommittee().stream().map(orgs::get).toList(),
                body.secretariatOrganisationId().map(orgs::get).orElse(null),
                body.meetings(),
                body.charterVersions().stream()
                        .map(c -> new Charter(c.id(), c.title(), c.adoptedOn(), c.meetingId(), c.document()))
                        .toList(),
                groups(members),
                Composition.of(body.latestDeclaredComposition(), members));
    }

    private static Set<Long> referencedIds(Body body, List<Long> memberIds) {
        Set<Long> ids = new HashSet<>(memberIds);
        body.leadUnits().forEach(l -> ids.add(l.organisationId()));
        ids.addAll(body.guidingCommittee());
        body.secretariatOrganisationId().ifPresent(ids::add);
        body.councilTerms().forEach(t -> t.seats().forEach(s -> ids.add(s.organisationId())));
        return ids;
    }

    private static List<Term> terms(Body body, Map<Long, OrganisationSummary> orgs) {
        return body.councilTerms().stream()
                .map(t -> new Term(
                        t.id(),
                        t.ordinal(),
                        t.name(),
                        t.startsOn(),
                        t.endsOn(),
                        t.seats().stream()
                                .map(s -> new Seat(orgs.get(s.organisationId()), s.position()))
                                .toList()))
                .toList();
    }

    /** Members grouped by type, each group in Chinese collation order (pinyin for common characters). */
    private static List<MemberGroup> groups(List<OrganisationSummary> members) {
        return members.stream().collect(Collectors.groupingBy(OrganisationSummary::type)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new MemberGroup(
                        e.getKey(),
                        e.getValue().stream()
                                .sorted(ChineseCollation.comparing(OrganisationSummary::name))
                                .toList()))
                .toList();
    }

    private static BodyRef ref(Body body) {
        return new BodyRef(body.id(), body.name(), body.kind());
    }
}
