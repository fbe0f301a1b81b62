package org.civicrelay.moderation;

import org.civicrelay.catalogue.StatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts every status change in the audit trail, in the change's transaction: the acting moderator appears
 * there (by alias) and nowhere public. A listener rather than a call from the catalogue, so that the
 * catalogue need not know moderation exists.
 */
@Component
class StatusChangeAudit {

    static final String ACTION = "setstatus";

    private final AuditTrail audit;

    StatusChangeAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(StatusChanged change) {
        audit.record(change.moderator(), ACTION, change.id().value() + " " + change.status());
    }
}
