package org.ronghe.community;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.community.BodyEvents.BodyLogoChanged;
import org.ronghe.core.NotFound;
import org.ronghe.core.files.FileStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A body's logo: uploaded by its secretariat (PNG or JPEG, checked by content), shown in its members' header. */
@Service
@Transactional
public class BodyLogos {

    private final Bodies bodies;
    private final FileStore files;
    private final ApplicationEventPublisher events;

    BodyLogos(Bodies bodies, FileStore files, ApplicationEventPublisher events) {
        this.bodies = bodies;
        this.files = files;
        this.events = events;
    }

    /** @throws org.ronghe.core.InvalidInput when the file is not a PNG or JPEG image of at most 2 MB */
    public void change(Long bodyId, String fileName, InputStream content) {
        Body body = body(bodyId);
        UUID file = files.storeImage(fileName, content).id();
        body.changeLogo(file);
        events.publishEvent(new BodyLogoChanged(bodyId, file));
    }

    public void remove(Long bodyId) {
        body(bodyId).changeLogo(null);
        events.publishEvent(new BodyLogoChanged(bodyId, null));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> of(Long bodyId) {
        return bodies.findById(bodyId).flatMap(Body::logo);
    }

    private Body body(Long bodyId) {
        return bodies.findById(bodyId).orElseThrow(() -> new NotFound("body", bodyId));
    }
}
