package org.civicrelay.telegram.triage;

import org.civicrelay.moderation.OutcomeReleased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author of a decision once its undo window is over (the moderation module holds it until then),
 * in the release's transaction: queued if and only if the decision stands.
 */
@Component
class OutcomeAnnouncer {

    private final AuthorMessages authors;

    OutcomeAnnouncer(AuthorMessages authors) {
        this.authors = authors;
    }

    @EventListener
    void on(OutcomeReleased released) {
        authors.outcome(released.suggestion(), released.outcome());
    }
}
