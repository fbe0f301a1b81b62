package org.civicrelay.telegram.chat;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The language a person chose with /language, kept under their pseudonym only (two letters) until they
 * choose another, use /forget, or their chat is gone. Without a choice nothing is kept: each update's own
 * language is used.
 */
@Component
public class Languages {

    private final LanguageChoiceRepository choices;

    Languages(LanguageChoiceRepository choices) {
        this.choices = choices;
    }

    public Optional<Locale> chosen(Pseudonym user) {
        return choices.find(user).flatMap(Texts::language);
    }

    public void choose(Pseudonym user, Locale language) {
        choices.save(
                user,
                Texts.language(language.getLanguage())
                        .orElseThrow(() -> new IllegalArgumentException("not one of the bot's languages"))
                        .getLanguage());
    }

    @EventListener
    void on(ChatGone gone) {
        choices.delete(gone.chat());
    }
}
