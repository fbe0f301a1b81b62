package org.civicrelay.suggestion;

import org.civicrelay.privacy.ChatGone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A forgotten person's unfinished suggestion goes with them (a private chat's id is its user's id). */
@Component
class DraftErasure {

    private final DraftRepository drafts;

    DraftErasure(DraftRepository drafts) {
        this.drafts = drafts;
    }

    @EventListener
    void on(ChatGone gone) {
        drafts.delete(gone.chat());
    }
}
