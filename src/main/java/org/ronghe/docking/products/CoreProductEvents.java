package org.ronghe.docking.products;

import org.ronghe.core.AuditedEvent;

/** What happens to core products, for the audit trail. */
public final class CoreProductEvents {

    private CoreProductEvents() {}

    /** A product was listed, revised or removed; {@code detail} holds its terms (before and after for a revision). */
    public record CoreProductChanged(Long productId, Long organisationId, String change, String detail)
            implements AuditedEvent {
        public String auditAction() {
            return "docking.product." + change;
        }

        public String auditSubject() {
            return "core-product:" + productId;
        }

        public String auditDetail() {
            return detail;
        }
    }
}
