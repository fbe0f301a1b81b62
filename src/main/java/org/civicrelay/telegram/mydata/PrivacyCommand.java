package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.MenuEntry;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.List;
import org.civicrelay.config.BotSettings;
import org.civicrelay.config.ModerationSettings;
import org.springframework.stereotype.Component;

/** /privacy: exactly what is stored, for how long, who sees it, and how to erase it. */
@Component
class PrivacyCommand implements CommandHandler {

    private final BotSettings settings;
    private final ModerationSettings moderation;

    PrivacyCommand(BotSettings settings, ModerationSettings moderation) {
        this.settings = settings;
        this.moderation = moderation;
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
        in.reply(in.t("privacy.text", settings.suggestion().draftLifetime().toHours(),
                settings.retention().handledUpdates().toDays(), settings.retention().suggestionText().toDays(),
                settings.retention().suggestions().toDays(), moderation.relayRetention().toDays())
                + "\n\n" + in.t("privacy.moderation", moderation.spamBlock().toDays(), moderation.relayRetention().toDays()));
    }
}
