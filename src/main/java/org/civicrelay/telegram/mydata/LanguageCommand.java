package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /language: choose the bot's language with a button (English, Ukrainian, Russian). */
@Component
class LanguageCommand extends AbstractCommandHandler {

    private final LanguageButton languages;

    LanguageCommand(LanguageButton languages) {
        super("language", MenuEntry.of(MenuEntry.Section.GENERAL, 100));
        this.languages = languages;
    }

    @Override
    public void handle(Interaction in) {
        languages.show(in);
    }
}
