package org.ronghe.docking.capabilities;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNames;
import org.ronghe.core.SealedTable;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.CapabilityEvents.CapabilityOffered;
import org.ronghe.docking.capabilities.CapabilityEvents.CapabilityRevised;
import org.ronghe.docking.capabilities.CapabilityEvents.CapabilityWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the capability catalogue: offered by an organisation of the directory, revised, withdrawn; an expert's name
 * sealed before it is kept; each change published as an event (and so audited). Callers check who may act
 * ({@link CapabilityAccess}).
 */
@Service
@Transactional
public class CapabilityBook {

    static final String EXPERT_NAME = "expert-name";

    /** The experts' sealed names, for a key rotation. */
    @Bean
    static SealedTable sealedExperts() {
        return SealedTable.of("capabilities", "id")
                .sealed("expert_name_sealed", EXPERT_NAME)
                .versioned("version");
    }

    private final Capabilities capabilities;
    private final Directory directory;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final EntityManager entityManager;

    CapabilityBook(
            EntityManager entityManager,
            Capabilities capabilities,
            Directory directory,
            PersonalDataCipher cipher,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.capabilities = capabilities;
        this.directory = directory;
        this.cipher = cipher;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an unknown organisation included */
    public Capability offer(CapabilityDraft draft) {
        return offer(draft, false);
    }

    /** A clearly marked sample (示例) of the demo data. */
    public Capability offerSample(CapabilityDraft draft) {
        return offer(draft, true);
    }

    /**
     * Offers the valid drafts of an import (checked: {@link CapabilityDraft#validate()}, organisations known), experts'
     * names sealed, without an event each (the import publishes one) and without indexing them for search here: the
     * import indexes their ids after its commit. Returns their ids in order.
     */
    public List<Long> offerImported(List<CapabilityDraft> valid, String by) {
        Search.session(entityManager).indexingPlanFilter(f -> f.exclude(Capability.class));
        Map<Long, String> ownerTypes = new HashMap<>();
        List<Capability> offered = valid.stream()
                .map(d -> Capability.offer(
                        d,
                        ownerTypes.computeIfAbsent(
                                d.organisationId(), o -> directory.get(o).type().name()),
                        sealed(d),
                        false,
                        clock.instant(),
                        by))
                .toList();
        offered.forEach(entityManager::persist);
        entityManager.flush();
        entityManager.clear();
        return offered.stream().map(Capability::id).toList();
    }

    public Capability revise(Long id, long expectedVersion, CapabilityDraft draft) {
        Capability capability = get(id, expectedVersion);
        CapabilityDraft valid = draft.validate();
        String before = json.writeValueAsString(capability.draft());
        capability.revise(valid, kept(valid, capability));
        events.publishEvent(new CapabilityRevised(
                id, "before: " + before + "\nafter: " + json.writeValueAsString(capability.draft())));
        return capability;
    }

    public Capability withdraw(Long id, long expectedVersion) {
        Capability capability = get(id, expectedVersion);
        capability.withdraw();
        events.publishEvent(new CapabilityWithdrawn(id));
        return capability;
    }

    @Transactional(readOnly = true)
    public Capability get(Long id) {
        return capabilities.findById(id).orElseThrow(() -> new NotFound("capability", id));
    }

    /** The expert's name in full: only for callers that checked the organisation's consent or its admins. */
    public String expertName(Capability capability) {
        return capability.expertNameSealed() == null ? null : cipher.open(EXPERT_NAME, capability.expertNameSealed());
    }

    private Capability offer(CapabilityDraft draft, boolean sample) {
        CapabilityDraft valid = draft.validate();
        String ownerType;
        try {
            ownerType = directory.get(valid.organisationId()).type().name();
        } catch (NotFound e) {
            throw new InvalidInput("organisationId", "docking.organisation.unknown");
        }
        Capability capability = capabilities.save(
                Capability.offer(valid, ownerType, sealed(valid), sample, clock.instant(), Actor.current()));
        events.publishEvent(new CapabilityOffered(
                capability.id(), valid.organisationId(), json.writeValueAsString(capability.draft())));
        return capability;
    }

    private Capability get(Long id, long expectedVersion) {
        Capability capability = get(id);
        Versions.require("capability", id, capability.version(), expectedVersion);
        return capability;
    }

    /** A revision without the expert's name, or with its masked form read back, keeps the name. */
    private Capability.SealedName kept(CapabilityDraft valid, Capability capability) {
        String name = valid.expertName();
        boolean unchanged = name == null || name.equals(capability.expertNameMasked());
        if (valid.kind() == CapabilityKind.EXPERT && unchanged && capability.expertNameSealed() != null) {
            return new Capability.SealedName(capability.expertNameSealed(), capability.expertNameMasked());
        }
        return sealed(valid);
    }

    private Capability.SealedName sealed(CapabilityDraft valid) {
        String name = valid.expertName();
        if (name == null) {
            return new Capability.SealedName(null, null);
        }
        return new Capability.SealedName(cipher.seal(EXPERT_NAME, name), PersonalNames.masked(name));
    }
}
