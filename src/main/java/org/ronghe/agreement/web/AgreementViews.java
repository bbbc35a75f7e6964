package org.ronghe.agreement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementAccess;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementTimeline;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.Party;
import org.ronghe.community.Body;
import org.ronghe.community.Community;
import org.ronghe.community.MeetingView;
import org.ronghe.directory.Directory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Reads what an agreement's page (and its print) shows: the agreement with its parties named, its body and meeting, its
 * obligations, whom the user may sign for, and on the page its timeline.
 */
@Component
class AgreementViews {

    private final AgreementBook agreements;
    private final ObligationBook obligations;
    private final AgreementAccess access;
    private final AgreementTimeline timeline;
    private final Directory directory;
    private final Community community;
    private final Clock clock;

    AgreementViews(
            AgreementBook agreements,
            ObligationBook obligations,
            AgreementAccess access,
            AgreementTimeline timeline,
            Directory directory,
            Community community,
            Clock clock) {
        this.agreements = agreements;
        this.obligations = obligations;
        this.access = access;
        this.timeline = timeline;
        this.directory = directory;
        this.community = community;
        this.clock = clock;
    }

    /** Fills the model of the agreement's page. */
    void page(Long id, Model model) {
        describe(id, model);
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("cadences", Obligation.Cadence.values());
        model.addAttribute("timeline", timeline.of(id));
    }

    /** Fills the model of the agreement's print: parties, commitments, obligations and their status, documents. */
    void print(Long id, Model model) {
        describe(id, model);
        model.addAttribute("now", ZonedDateTime.now(clock));
    }

    private void describe(Long id, Model model) {
        Agreement agreement = agreements.get(id);
        List<Long> parties =
                agreement.parties().stream().map(Party::organisationId).toList();
        AgreementView view = AgreementView.of(agreement, directory.summaries(parties));
        model.addAttribute("agreement", view);
        model.addAttribute(
                "partyNames",
                view.parties().stream()
                        .collect(Collectors.toMap(
                                AgreementView.PartyView::organisationId, p -> String.valueOf(p.organisationName()))));
        Body body = agreement.bodyId().map(community::get).orElse(null);
        model.addAttribute("body", body);
        model.addAttribute(
                "meeting", agreement.meetingId().flatMap(m -> meeting(body, m)).orElse(null));
        List<Obligation> promised = obligations.of(id);
        model.addAttribute("obligations", promised);
        model.addAttribute(
                "obligationNames",
                promised.stream().collect(Collectors.toMap(Obligation::id, Obligation::description)));
        List<Long> mine = parties.stream().filter(access::canActFor).toList();
        model.addAttribute("actingFor", mine);
        model.addAttribute("canSignOnBehalf", access.canSignOnBehalf(id));
        model.addAttribute(
                "behalfParties",
                view.parties().stream()
                        .filter(p -> p.signature() == null && !mine.contains(p.organisationId()))
                        .toList());
        model.addAttribute("signedCount", agreement.signatures().size());
    }

    /** The body's meeting where the agreement was signed (read only when the agreement names one). */
    private Optional<MeetingView> meeting(Body body, Long meetingId) {
        return body == null
                ? Optional.empty()
                : community.meetings(body.id()).stream()
                        .filter(m -> m.id().equals(meetingId))
                        .findFirst();
    }
}
