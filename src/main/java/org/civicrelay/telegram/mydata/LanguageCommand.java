package org.civicrelay.telegram.mydata;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /language: choose the bot's language with a button (English, Ukrainian, Russian). */
@Component
class LanguageCommand implements CommandHandler {

    private final LanguageButton languages;

    LanguageCommand(LanguageButton languages) {
        this.languages = languages;
    }

    @Override
    public List<String> commands() {
        return List.of("language");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.GENERAL, 100));
    }

    @Override
    public void handle(Interaction in) {
        languages.show(in);
    }
}
