package org.civicrelay.telegram.mydata;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /privacy: exactly what is stored, for how long, who sees it, and how to erase it. */
@Component
class PrivacyCommand implements CommandHandler {

    private final PrivacyNotice notice;

    PrivacyCommand(PrivacyNotice notice) {
        this.notice = notice;
    }

    @Override
    public List<String> commands() {
        return List.of("privacy");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.YOUR_DATA, 80));
    }

    @Override
    public void handle(Interaction in) {
        in.reply(notice.text(in));
    }
}
