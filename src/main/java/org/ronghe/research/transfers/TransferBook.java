package org.ronghe.research.transfers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;
import org.ronghe.research.ResearchEvents.TransferChanged;
import org.ronghe.research.figures.ResearchFigureRow;
import org.ronghe.research.figures.ResearchFigures;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the transfers of results: recorded by a side (which confirms it so) or the secretariat, confirmed by each side
 * for itself; once both have, the result is offered in the capability catalogue as the owner's. Every step is
 * published, and so audited; a transfer counting (or no longer) moves the R&D figures by the exact difference. Callers
 * check who may act ({@link TransferAccess}).
 */
@Service
@Transactional
public class TransferBook {

    private final Transfers transfers;
    private final Projects projects;
    private final Directory directory;
    private final Community community;
    private final CapabilityBook catalogue;
    private final ResearchFigures figures;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferBook(
            Transfers transfers,
            Projects projects,
            Directory directory,
            Community community,
            CapabilityBook catalogue,
            ResearchFigures figures,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.transfers = transfers;
        this.projects = projects;
        this.directory = directory;
        this.community = community;
        this.catalogue = catalogue;
        this.figures = figures;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a transfer; when {@code actingFor} is one of its sides, that side has confirmed it.
     *
     * @throws InvalidInput listing every problem, unknown body, organisations and project included
     */
    public Transfer record(TransferDraft terms, Long actingFor) {
        TransferDraft valid = checked(terms);
        Long side = actingFor != null
                        && (actingFor.equals(valid.fromOrganisationId()) || actingFor.equals(valid.toOrganisationId()))
                ? actingFor
                : null;
        Transfer transfer = transfers.save(Transfer.record(valid, side, clock.instant(), Actor.current()));
        figures.moved(List.of(), transfer.figureRows());
        publish(
                transfer,
                "recorded",
                valid.mode() + " " + valid.amount().toPlainString() + " CNY from organisation "
                        + valid.fromOrganisationId() + " to " + valid.toOrganisationId() + " on " + valid.contractOn());
        return transfer;
    }

    /** A side confirms; once both have, the result enters the catalogue. */
    public Transfer confirm(Long id, long expectedVersion, Long byOrganisation) {
        Transfer transfer = get(id, expectedVersion);
        Instant now = clock.instant();
        List<ResearchFigureRow> rows = transfer.figureRows();
        boolean counts = transfer.confirm(byOrganisation, now);
        figures.moved(rows, transfer.figureRows());
        publish(transfer, "confirmed", "organisation: " + byOrganisation);
        if (counts) {
            transfer.listedAs(catalogue.offer(listing(transfer)).id());
        }
        return transfer;
    }

    /** A side that has not confirmed disputes the transfer, saying why; it never counts. */
    public Transfer dispute(Long id, long expectedVersion, Long byOrganisation, String reason) {
        Transfer transfer = get(id, expectedVersion);
        List<ResearchFigureRow> rows = transfer.figureRows();
        transfer.dispute(byOrganisation, reason);
        figures.moved(rows, transfer.figureRows());
        publish(transfer, "disputed", transfer.disputeReason());
        return transfer;
    }

    @Transactional(readOnly = true)
    public List<Transfer> ofProject(Long projectId) {
        return transfers.findByProjectIdOrderByContractOnAscIdAsc(projectId);
    }

    @Transactional(readOnly = true)
    public List<Transfer> ofBody(Long bodyId) {
        return transfers.findByBodyIdOrderByContractOnDescIdDesc(bodyId);
    }

    @Transactional(readOnly = true)
    public Transfer get(Long id) {
        return transfers.findById(id).orElseThrow(() -> new NotFound("transfer", id));
    }

    private Transfer get(Long id, long expectedVersion) {
        Transfer transfer = get(id);
        Versions.require("transfer", id, transfer.version(), expectedVersion);
        return transfer;
    }

    /** The catalogue item of a transferred result: the owner's, its description saying how it was transferred. */
    private CapabilityDraft listing(Transfer t) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String to = directory.names(List.of(t.toId())).get(t.toId());
        String description = messages.getMessage(
                "research.transfer.listing",
                new Object[] {
                    messages.getMessage(t.mode().messageKey(), null, chinese),
                    to,
                    t.contractOn().toString()
                },
                chinese);
        return new CapabilityDraft(
                t.fromId(),
                CapabilityKind.RESULT,
                t.title(),
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void publish(Transfer transfer, String step, String detail) {
        events.publishEvent(new TransferChanged(transfer.id(), transfer.bodyId(), step, detail));
    }

    private TransferDraft checked(TransferDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        TransferDraft valid = terms;
        try {
            valid = terms.validate();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        Map<Long, ?> known =
                directory.summaries(java.util.stream.Stream.of(terms.fromOrganisationId(), terms.toOrganisationId())
                        .filter(java.util.Objects::nonNull)
                        .toList());
        if (terms.fromOrganisationId() != null && !known.containsKey(terms.fromOrganisationId())) {
            problems.add(new FieldProblem("fromOrganisationId", "research.party.unknown"));
        }
        if (terms.toOrganisationId() != null && !known.containsKey(terms.toOrganisationId())) {
            problems.add(new FieldProblem("toOrganisationId", "research.party.unknown"));
        }
        if (terms.bodyId() != null && !community.exists(terms.bodyId())) {
            problems.add(new FieldProblem("bodyId", "research.body.unknown"));
        }
        if (terms.projectId() != null) {
            Project project = projects.findById(terms.projectId()).orElse(null);
            if (project == null
                    || !project.bodyId().equals(terms.bodyId())
                    || !project.hasParty(terms.fromOrganisationId())) {
                problems.add(new FieldProblem("projectId", "research.transfer.project-mismatch"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }
}
