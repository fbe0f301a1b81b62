package org.civicrelay.config;

import jakarta.validation.constraints.AssertTrue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.Name;

/**
 * A text of bot-config.yml in as many languages as the operator gives, by two-letter code
 * ({@code { en: ..., ru: ..., uk: ... }}); English is required, every other language falls back to it.
 */
public record LocalizedText(@Name("") Map<String, String> texts) {

    @ConstructorBinding
    public LocalizedText {
        Map<String, String> kept = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    kept.put(language.toLowerCase(Locale.ROOT), text);
                }
            });
        }
        texts = Map.copyOf(kept);
    }

    /** English and, optionally, Russian: the two languages of the first catalogues. */
    public LocalizedText(String en, String ru) {
        this(twoLanguages(en, ru));
    }

    public static LocalizedText of(String en) {
        return new LocalizedText(en, null);
    }

    @AssertTrue(message = "needs an English text (en)")
    boolean isEnglish() {
        return texts.containsKey("en");
    }

    public String en() {
        return texts.get("en");
    }

    /** The text in that language only, or null. */
    public String exactly(String language) {
        return texts.get(language);
    }

    public String in(Locale locale) {
        String text = texts.get(locale.getLanguage());
        return text != null ? text : en();
    }

    private static Map<String, String> twoLanguages(String en, String ru) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("ru", ru);
        return texts;
    }
}
