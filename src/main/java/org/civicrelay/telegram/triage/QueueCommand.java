package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /queue: the first page of suggestions waiting for a decision. */
@Component
class QueueCommand extends AbstractCommandHandler {

    private final QueueViews views;

    QueueCommand(QueueViews views) {
        super("queue", MenuEntry.of(MenuEntry.Section.MODERATION, 10), Audience.MODERATORS);
        this.views = views;
    }

    @Override
    public void handle(Interaction in) {
        QueueViews.Page page = views.page(in, 1);
        // Excerpts of suggestions: protected like the cards (the pages that replace it by editing inherit it).
        in.replyProtected(page.html(), page.keyboard());
    }
}
