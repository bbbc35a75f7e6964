package org.ronghe.docking.products;

import java.time.Clock;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.products.CoreProductEvents.CoreProductChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the core products: listed for an organisation of the directory, revised, removed; each change published (and so
 * audited). Callers check who may act ({@link CoreProductAccess}).
 */
@Service
@Transactional
public class CoreProductBook {

    private final CoreProducts products;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    CoreProductBook(
            CoreProducts products,
            Directory directory,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.products = products;
        this.directory = directory;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an unknown organisation included */
    public CoreProduct list(CoreProductDraft draft) {
        return list(draft, false);
    }

    /** A clearly marked sample (示例) of the demo data. */
    public CoreProduct listSample(CoreProductDraft draft) {
        return list(draft, true);
    }

    public CoreProduct revise(Long id, long expectedVersion, CoreProductDraft draft) {
        CoreProduct product = get(id, expectedVersion);
        CoreProductDraft valid = draft.validate();
        String before = json.writeValueAsString(product.draft());
        product.revise(valid);
        changed(product, "revised", "before: " + before + "\nafter: " + json.writeValueAsString(valid));
        return product;
    }

    public void remove(Long id, long expectedVersion) {
        CoreProduct product = get(id, expectedVersion);
        products.delete(product);
        changed(product, "removed", json.writeValueAsString(product.draft()));
    }

    @Transactional(readOnly = true)
    public CoreProduct get(Long id) {
        return products.findById(id).orElseThrow(() -> new NotFound("core product", id));
    }

    private CoreProduct list(CoreProductDraft draft, boolean sample) {
        CoreProductDraft valid = draft.validate();
        try {
            directory.get(valid.organisationId());
        } catch (NotFound e) {
            throw new InvalidInput("organisationId", "docking.organisation.unknown");
        }
        CoreProduct product = products.save(CoreProduct.list(valid, sample, clock.instant(), Actor.current()));
        changed(product, "listed", json.writeValueAsString(valid));
        return product;
    }

    private CoreProduct get(Long id, long expectedVersion) {
        CoreProduct product = get(id);
        Versions.require("core product", id, product.version(), expectedVersion);
        return product;
    }

    private void changed(CoreProduct product, String change, String detail) {
        events.publishEvent(new CoreProductChanged(product.id(), product.organisationId(), change, detail));
    }
}
