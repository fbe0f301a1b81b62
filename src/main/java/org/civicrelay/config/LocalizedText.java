package org.civicrelay.config;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/** A short text of the catalogue in the bot's two languages; Russian falls back to English. */
public record LocalizedText(@NotBlank(message = "needs an English text (en)") String en, String ru) {

    public String in(Locale locale) {
        if ("ru".equals(locale.getLanguage()) && ru != null && !ru.isBlank()) {
            return ru;
        }
        return en;
    }
}
