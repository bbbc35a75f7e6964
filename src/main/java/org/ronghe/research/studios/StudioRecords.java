package org.ronghe.research.studios;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.Actor;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.research.ResearchEvents.InnovationChanged;
import org.ronghe.research.ResearchEvents.StudioTrainingRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What studios do: innovations and training sessions, recorded by the host's admins; an innovation's benefit confirmed
 * or disputed by the body's secretariat, never by whoever recorded it (ADR 0037). The wrong side answers 409.
 */
@Service
@Transactional
public class StudioRecords {

    private final StudioBook studios;
    private final StudioAccess access;
    private final Innovations innovations;
    private final StudioTrainings trainings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudioRecords(
            StudioBook studios,
            StudioAccess access,
            Innovations innovations,
            StudioTrainings trainings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.studios = studios;
        this.access = access;
        this.innovations = innovations;
        this.trainings = trainings;
        this.events = events;
        this.clock = clock;
    }

    /** The host records an innovation and the benefit it claims. */
    public Innovation record(Long studioId, InnovationDraft draft) {
        Studio studio = hostOnly(studioId);
        InnovationDraft valid = draft.validate(LocalDate.now(clock));
        Innovation innovation = innovations.save(Innovation.record(studioId, valid, clock.instant(), Actor.current()));
        publish(
                studio,
                innovation,
                "recorded",
                valid.title() + ": " + valid.claimedBenefit().toPlainString() + " CNY");
        return innovation;
    }

    /** The body's secretariat confirms the benefit: from now on it counts. */
    public Innovation confirm(Long studioId, Long innovationId, long expectedVersion) {
        Innovation innovation = innovation(studioId, innovationId, expectedVersion);
        Studio studio = bodyOnly(studioId);
        innovation.confirm(Actor.current(), clock.instant());
        publish(studio, innovation, "confirmed", innovation.claimedBenefit().toPlainString() + " CNY");
        return innovation;
    }

    /** The body's secretariat disputes the benefit, saying why: it never counts. */
    public Innovation dispute(Long studioId, Long innovationId, long expectedVersion, String reason) {
        Innovation innovation = innovation(studioId, innovationId, expectedVersion);
        Studio studio = bodyOnly(studioId);
        innovation.dispute(reason, Actor.current(), clock.instant());
        publish(studio, innovation, "disputed", innovation.disputeReason());
        return innovation;
    }

    /** The host records a training session the studio gave. */
    public StudioTraining record(Long studioId, StudioTrainingDraft draft) {
        Studio studio = hostOnly(studioId);
        StudioTrainingDraft valid = draft.validate(LocalDate.now(clock));
        StudioTraining training =
                trainings.save(StudioTraining.record(studioId, valid, clock.instant(), Actor.current()));
        events.publishEvent(new StudioTrainingRecorded(
                studioId,
                training.id(),
                studio.bodyId(),
                valid.heldOn() + " " + valid.topic() + ": " + valid.participants() + " people, " + valid.hours()
                        + " h"));
        return training;
    }

    @Transactional(readOnly = true)
    public List<Innovation> innovationsOf(Long studioId) {
        return innovations.findByStudioIdOrderByMadeOnAscIdAsc(studioId);
    }

    @Transactional(readOnly = true)
    public List<StudioTraining> trainingsOf(Long studioId) {
        return trainings.findByStudioIdOrderByHeldOnAscIdAsc(studioId);
    }

    private Studio hostOnly(Long studioId) {
        Studio studio = studios.get(studioId);
        if (!access.actsForHost(studio)) {
            throw new RuleBroken("research.studio.host-only");
        }
        return studio;
    }

    private Studio bodyOnly(Long studioId) {
        Studio studio = studios.get(studioId);
        if (!access.actsForBody(studio)) {
            throw new RuleBroken("research.innovation.secretariat-only");
        }
        return studio;
    }

    private Innovation innovation(Long studioId, Long id, long expectedVersion) {
        Innovation innovation = innovations
                .findById(id)
                .filter(i -> i.studioId().equals(studioId))
                .orElseThrow(() -> new NotFound("innovation", id));
        Versions.require("innovation", id, innovation.version(), expectedVersion);
        return innovation;
    }

    private void publish(Studio studio, Innovation innovation, String step, String detail) {
        events.publishEvent(new InnovationChanged(studio.id(), innovation.id(), studio.bodyId(), step, detail));
    }
}
