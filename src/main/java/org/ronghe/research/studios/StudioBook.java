package org.ronghe.research.studios;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNames;
import org.ronghe.core.SealedTable;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.research.ResearchEvents.StudioChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the studios: checks the body and that the host is an enterprise or school among its active members; seals the
 * leader's and members' names; publishes each change (audited) without them. Callers check who may act
 * ({@link StudioAccess}).
 */
@Service
@Transactional
public class StudioBook {

    /** The field the names of studios' leaders and members are sealed for. */
    public static final String PERSON_NAME = "research.studio.person-name";

    /** The leaders' sealed names, for a key rotation. */
    @Bean
    static SealedTable sealedStudioLeaders() {
        return SealedTable.of("research_studios", "id")
                .sealed("leader_name_sealed", PERSON_NAME)
                .versioned("version");
    }

    /** The members' sealed names, for a key rotation. */
    @Bean
    static SealedTable sealedStudioMembers() {
        return SealedTable.of("research_studio_members", "studio_id", "position")
                .sealed("name_sealed", PERSON_NAME);
    }

    private final Studios studios;
    private final Directory directory;
    private final Community community;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudioBook(
            Studios studios,
            Directory directory,
            Community community,
            PersonalDataCipher cipher,
            ApplicationEventPublisher events,
            Clock clock) {
        this.studios = studios;
        this.directory = directory;
        this.community = community;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an unknown body or a host that is not a member included */
    public Studio open(StudioDraft terms) {
        StudioDraft valid = checked(terms);
        Studio studio = studios.save(Studio.open(
                valid,
                leader(valid),
                valid.members() == null ? List.of() : sealed(valid.members()),
                clock.instant(),
                Actor.current()));
        publish(studio, "opened");
        return studio;
    }

    /** New terms; a leader or members given replace those kept, none given keeps them. */
    public Studio revise(Long id, long expectedVersion, StudioDraft terms) {
        return revise(id, expectedVersion, terms, Staffing.AS_TERMS);
    }

    /**
     * New terms, and which of the people kept stay (their names are never typed again: they are not shown in full).
     *
     * @throws InvalidInput also for a kept position that is no member's, or more than {@value StudioDraft#MEMBERS_MAX}
     *     members in all
     */
    public Studio revise(Long id, long expectedVersion, StudioDraft terms, Staffing staffing) {
        Studio studio = get(id);
        Versions.require("studio", id, studio.version(), expectedVersion);
        StudioDraft valid = checked(terms);
        Studio.Leader leader = leader(valid);
        studio.revise(
                valid,
                leader == null && staffing.removeLeader() ? Studio.Leader.NONE : leader,
                members(studio, valid, staffing));
        publish(studio, "revised");
        return studio;
    }

    /**
     * How a revision treats the people kept.
     *
     * @param removeLeader the leader kept is removed (unless the terms name a new one)
     * @param keepMembers the positions of the members kept that stay, the terms' members added after them; null: the
     *     terms' members replace them all, or none given keeps them
     */
    public record Staffing(boolean removeLeader, List<Integer> keepMembers) {
        public static final Staffing AS_TERMS = new Staffing(false, null);

        public Staffing {
            keepMembers = keepMembers == null ? null : List.copyOf(keepMembers);
        }
    }

    private List<StudioMember> members(Studio studio, StudioDraft valid, Staffing staffing) {
        List<StudioMember> added = valid.members() == null ? List.of() : sealed(valid.members());
        if (staffing.keepMembers() == null) {
            return valid.members() == null ? null : added;
        }
        List<StudioMember> kept = studio.members();
        if (staffing.keepMembers().stream().anyMatch(p -> p == null || p < 0 || p >= kept.size())) {
            throw new InvalidInput(List.of(new FieldProblem("keepMembers", "research.studio.member-unknown")));
        }
        List<StudioMember> all = new ArrayList<>();
        staffing.keepMembers().stream().distinct().sorted().forEach(p -> all.add(kept.get(p)));
        all.addAll(added);
        if (all.size() > StudioDraft.MEMBERS_MAX) {
            throw new InvalidInput(
                    List.of(new FieldProblem("members", "research.studio.members-too-many", StudioDraft.MEMBERS_MAX)));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public Studio get(Long id) {
        return studios.findById(id).orElseThrow(() -> new NotFound("studio", id));
    }

    /** One page of the studios the user may see, in one body or all, by name. */
    @Transactional(readOnly = true)
    public PageResult<Studio> find(Long bodyId, StudioAccess.Visibility visibility, int page, int size) {
        int pageSize = PageResult.clampSize(size);
        int pageNumber = Math.max(0, page);
        Page<Studio> found = studios.visible(
                visibility.all(),
                orNone(visibility.bodyIds()),
                orNone(visibility.organisationIds()),
                bodyId,
                PageRequest.of(pageNumber, pageSize));
        return new PageResult<>(found.getContent(), pageNumber, pageSize, found.getTotalElements());
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private Studio.Leader leader(StudioDraft valid) {
        String name = valid.leaderName();
        return name == null ? null : new Studio.Leader(cipher.seal(PERSON_NAME, name), PersonalNames.masked(name));
    }

    private List<StudioMember> sealed(List<StudioMemberDraft> members) {
        return members.stream()
                .map(m ->
                        new StudioMember(cipher.seal(PERSON_NAME, m.name()), PersonalNames.masked(m.name()), m.role()))
                .toList();
    }

    private void publish(Studio studio, String step) {
        String detail = "name: " + studio.name() + ", kind: " + studio.kind() + ", host: " + studio.hostId()
                + ", founded: " + studio.foundedOn() + ", leader named: " + (studio.leaderNameMasked() != null)
                + ", members: " + studio.members().size();
        events.publishEvent(new StudioChanged(studio.id(), studio.bodyId(), step, detail));
    }

    private StudioDraft checked(StudioDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        StudioDraft valid = terms;
        try {
            valid = terms.validate(LocalDate.now(clock));
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        problems.addAll(unknown(terms));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    private List<FieldProblem> unknown(StudioDraft terms) {
        if (terms.bodyId() != null && !community.exists(terms.bodyId())) {
            return List.of(new FieldProblem("bodyId", "research.body.unknown"));
        }
        if (terms.hostId() == null || terms.bodyId() == null) {
            return List.of();
        }
        OrganisationSummary host = directory.summaries(List.of(terms.hostId())).get(terms.hostId());
        boolean hostFits = host != null
                && (host.type() == OrganisationType.ENTERPRISE || host.type().isSchool())
                && community.isActiveMember(terms.bodyId(), terms.hostId());
        return hostFits ? List.of() : List.of(new FieldProblem("hostId", "research.studio.host-not-a-member"));
    }
}
