package org.civicrelay.telegram.chat;

import java.util.Locale;
import java.util.Set;
import org.civicrelay.config.BotSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing texts from the message bundles ({@code i18n/messages*.properties}), in the language of
 * the update being answered. The language is read from the update and never stored.
 */
@Component
public class Texts {

    /** Languages whose speakers mostly read Russian better than English. Ukrainian is deliberately not here. */
    private static final Set<String> RUSSIAN_READERS = Set.of("ru", "be", "kk", "ky", "tg");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource bundle;
    private final Locale fallback;

    public Texts(BotSettings settings) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        source.setAlwaysUseMessageFormat(true);
        this.bundle = source;
        this.fallback = settings.defaultLocale();
    }

    /** The locale to answer in, from Telegram's {@code language_code} of the sender (may be null). */
    public Locale localeFor(String languageCode) {
        if (languageCode == null || languageCode.isBlank()) {
            return fallback;
        }
        String language = languageCode.toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (RUSSIAN_READERS.contains(language)) {
            return RUSSIAN;
        }
        return language.equals("en") ? Locale.ENGLISH : fallback;
    }

    public Locale fallback() {
        return fallback;
    }

    public String get(Locale locale, String key, Object... args) {
        return bundle.getMessage(key, args, locale);
    }

    /** At most {@code max} characters (code points), the last one an ellipsis when cut: for titles in lists and buttons. */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
