package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.MenuEntry;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.List;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.PrivacySettings;
import org.civicrelay.suggestion.SuggestionSettings;
import org.springframework.stereotype.Component;

/** /privacy: exactly what is stored, for how long, who sees it, and how to erase it. */
@Component
class PrivacyCommand implements CommandHandler {

    private final SuggestionSettings suggestions;
    private final PrivacySettings privacy;
    private final ModerationSettings moderation;

    PrivacyCommand(SuggestionSettings suggestions, PrivacySettings privacy, ModerationSettings moderation) {
        this.suggestions = suggestions;
        this.privacy = privacy;
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
        in.reply(in.t("privacy.text", suggestions.suggestion().draftLifetime().toHours(),
                privacy.retention().handledUpdates().toDays(), suggestions.retention().suggestionText().toDays(),
                suggestions.retention().suggestions().toDays(), moderation.relayRetention().toDays())
                + "\n\n" + in.t("privacy.moderation", moderation.spamBlock().toDays(), moderation.relayRetention().toDays()));
    }
}
