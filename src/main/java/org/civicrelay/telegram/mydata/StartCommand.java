package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.MenuEntry;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.ModeratorPresence;
import java.util.List;
import org.springframework.stereotype.Component;

/** /start: what the bot is for and a short privacy notice. */
@Component
class StartCommand implements CommandHandler {

    private final ModeratorPresence moderators;

    StartCommand(ModeratorPresence moderators) {
        this.moderators = moderators;
    }

    @Override
    public List<String> commands() {
        return List.of("start");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.GENERAL, 120));
    }

    @Override
    public void handle(Interaction in) {
        if (!in.isGroupChat()) {
            moderators.started(in.userId(), in.user());
        }
        in.reply(in.t("start.greeting"));
    }
}
