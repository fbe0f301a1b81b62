package org.civicrelay.telegram;

import java.util.List;
import org.civicrelay.config.BotSettings;
import org.springframework.stereotype.Component;

/** /privacy: exactly what is stored, for how long, who sees it, and how to erase it. */
@Component
class PrivacyCommand implements CommandHandler {

    private final BotSettings settings;

    PrivacyCommand(BotSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<String> commands() {
        return List.of("privacy");
    }

    @Override
    public void handle(Interaction in) {
        in.reply(in.t("privacy.text", settings.suggestion().draftLifetime().toHours(),
                settings.retention().handledUpdates().toDays()));
    }
}
