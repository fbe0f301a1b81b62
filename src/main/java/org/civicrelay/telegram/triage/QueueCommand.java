package org.civicrelay.telegram.triage;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /queue: the first page of suggestions waiting for a decision. */
@Component
class QueueCommand implements CommandHandler {

    private final QueueViews views;

    QueueCommand(QueueViews views) {
        this.views = views;
    }

    @Override
    public List<String> commands() {
        return List.of("queue");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.MODERATION, 10));
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in) {
        QueueViews.Page page = views.page(in, 1);
        // Excerpts of suggestions: protected like the cards (the pages that replace it by editing inherit it).
        in.replyProtected(page.html(), page.keyboard());
    }
}
