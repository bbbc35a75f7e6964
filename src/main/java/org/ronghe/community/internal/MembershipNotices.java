package org.ronghe.community.internal;

import org.ronghe.community.Bodies;
import org.ronghe.community.Body;
import org.ronghe.community.BodyEvents.MembershipChanged;
import org.ronghe.core.work.Notice;
import org.ronghe.core.work.Notice.Addressee;
import org.ronghe.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Who a membership's changes ask to act: the secretariat decides an application; the applicant hears the decision. */
@Component
class MembershipNotices {

    private final Bodies bodies;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    MembershipNotices(Bodies bodies, Directory directory, ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(MembershipChanged change) {
        String body = bodies.findById(change.bodyId()).map(Body::name).orElse("#" + change.bodyId());
        String organisation = directory.nameOf(change.organisationId());
        String membership = "/bodies/" + change.bodyId() + "/memberships/" + change.organisationId();
        switch (change.action()) {
            case APPLIED ->
                events.publishEvent(new Notice(
                        Addressee.secretariatOf(change.bodyId()),
                        "notice.application",
                        membership,
                        organisation,
                        body));
            case APPROVED ->
                events.publishEvent(new Notice(
                        Addressee.adminsOf(change.organisationId()),
                        "notice.application-approved",
                        "/bodies/" + change.bodyId(),
                        body));
            case REJECTED ->
                events.publishEvent(new Notice(
                        Addressee.adminsOf(change.organisationId()),
                        "notice.application-rejected",
                        membership,
                        body,
                        change.reason() == null ? "" : change.reason()));
            default -> {}
        }
    }
}
