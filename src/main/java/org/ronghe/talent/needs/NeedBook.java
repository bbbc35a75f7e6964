package org.ronghe.talent.needs;

import java.time.Clock;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.talent.needs.NeedEvents.NeedPosted;
import org.ronghe.talent.needs.NeedEvents.NeedRevised;
import org.ronghe.talent.needs.NeedEvents.NeedStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the talent needs: posted by an active member of a body, revised while open, marked filled or closed and
 * reopened; each change published as an event (and so audited). Callers check who may act ({@link NeedAccess}).
 */
@Service
@Transactional
public class NeedBook {

    private final TalentNeeds needs;
    private final Community community;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    NeedBook(TalentNeeds needs, Community community, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.needs = needs;
        this.community = community;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, a poster that is not an active member of the body included */
    public TalentNeed post(NeedDraft terms) {
        NeedDraft valid = member(terms.validate());
        TalentNeed need = needs.save(TalentNeed.post(valid, clock.instant(), Actor.current()));
        events.publishEvent(
                new NeedPosted(need.id(), valid.bodyId(), valid.organisationId(), json.writeValueAsString(valid)));
        return need;
    }

    public TalentNeed revise(Long id, long expectedVersion, NeedDraft terms) {
        TalentNeed need = get(id, expectedVersion);
        NeedDraft valid = terms.validate();
        String before = json.writeValueAsString(need.terms());
        need.revise(valid);
        events.publishEvent(
                new NeedRevised(id, need.bodyId(), "before: " + before + "\nafter: " + json.writeValueAsString(valid)));
        return need;
    }

    /** Marks the need filled or closed, or reopens it. */
    public TalentNeed mark(Long id, long expectedVersion, NeedStatus status) {
        TalentNeed need = get(id, expectedVersion);
        NeedStatus before = need.status();
        need.mark(status);
        events.publishEvent(new NeedStatusChanged(id, need.bodyId(), before, status));
        return need;
    }

    @Transactional(readOnly = true)
    public TalentNeed get(Long id) {
        return needs.findById(id).orElseThrow(() -> new NotFound("talent-need", id));
    }

    private TalentNeed get(Long id, long expectedVersion) {
        TalentNeed need = get(id);
        Versions.require("talent-need", id, need.version(), expectedVersion);
        return need;
    }

    private NeedDraft member(NeedDraft terms) {
        try {
            community.get(terms.bodyId());
        } catch (NotFound e) {
            throw new InvalidInput("bodyId", "talent.body.unknown");
        }
        if (!community.isActiveMember(terms.bodyId(), terms.organisationId())) {
            throw new InvalidInput("organisationId", "talent.need.not-member");
        }
        return terms;
    }
}
