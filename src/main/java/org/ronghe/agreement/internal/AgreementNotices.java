package org.ronghe.agreement.internal;

import java.util.List;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementEvents.AgreementSigned;
import org.ronghe.agreement.AgreementEvents.ObligationDisputed;
import org.ronghe.agreement.AgreementEvents.ObligationReported;
import org.ronghe.agreement.AgreementEvents.PartySigned;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.Party;
import org.ronghe.core.work.Notice;
import org.ronghe.core.work.Notice.Addressee;
import org.ronghe.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who an agreement's events ask to act: the other parties confirm a report, the reporter answers a dispute, the parties
 * that have not signed sign, and once all have, the secretariat (or, outside a body, the parties) puts it in force.
 */
@Component
class AgreementNotices {

    private final AgreementBook agreements;
    private final ObligationBook obligations;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    AgreementNotices(
            AgreementBook agreements,
            ObligationBook obligations,
            Directory directory,
            ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.obligations = obligations;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(ObligationReported reported) {
        Agreement agreement = agreements.get(reported.agreementId());
        Obligation obligation = obligations.get(reported.obligationId());
        List<Addressee> others = agreement.parties().stream()
                .map(Party::organisationId)
                .filter(o -> !o.equals(reported.partyId()))
                .distinct()
                .map(Addressee::adminsOf)
                .toList();
        events.publishEvent(new Notice(
                others,
                "notice.report-to-confirm",
                List.of(name(reported.partyId()), agreement.title(), obligation.description()),
                page(agreement)));
    }

    @EventListener
    void on(ObligationDisputed disputed) {
        Agreement agreement = agreements.get(disputed.agreementId());
        Obligation obligation = obligations.get(disputed.obligationId());
        events.publishEvent(new Notice(
                Addressee.adminsOf(obligation.partyId()),
                "notice.report-disputed",
                page(agreement),
                name(disputed.disputedBy()),
                agreement.title(),
                obligation.description(),
                disputed.reason()));
    }

    @EventListener
    void on(PartySigned signed) {
        Agreement agreement = agreements.get(signed.agreementId());
        List<Addressee> unsigned =
                agreement.unsigned().stream().map(Addressee::adminsOf).toList();
        if (!unsigned.isEmpty()) {
            events.publishEvent(new Notice(
                    unsigned,
                    "notice.to-sign",
                    List.of(name(signed.organisationId()), agreement.title()),
                    "/agreements/" + agreement.id() + "/signatures"));
        }
    }

    @EventListener
    void on(AgreementSigned signed) {
        Agreement agreement = agreements.get(signed.agreementId());
        List<Addressee> to = signed.bodyId() != null
                ? List.of(Addressee.secretariatOf(signed.bodyId()))
                : agreement.parties().stream()
                        .map(p -> Addressee.adminsOf(p.organisationId()))
                        .toList();
        events.publishEvent(new Notice(to, "notice.signed-by-all", List.of(agreement.title()), page(agreement)));
    }

    private static String page(Agreement agreement) {
        return "/agreements/" + agreement.id();
    }

    private String name(Long organisationId) {
        return directory.nameOf(organisationId);
    }
}
