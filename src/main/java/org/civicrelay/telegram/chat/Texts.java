package org.civicrelay.telegram.chat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.config.BotSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * User-facing texts from the message bundles ({@code i18n/messages*.properties}) in English, Russian and
 * Ukrainian, in the reader's language: the one they chose with /language, else the one of the update being
 * answered, else the one kept with what a message is about (a suggestion, a follow). Texts are
 * {@link MessageFormat} patterns with ICU plural forms ({@link Plurals}); dates are written as the reader's
 * language writes them ({@code format.date}).
 */
@Component
public class Texts {

    /** Languages whose speakers mostly read Russian better than English. Ukrainian is deliberately not here. */
    private static final Set<String> RUSSIAN_READERS = Set.of("ru", "be", "kk", "ky", "tg");

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    /** The bot's languages, in the order /language offers them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, UKRAINIAN, RUSSIAN);

    private final MessageSource bundle;
    private final Locale fallback;

    public Texts(BotSettings settings) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        // Patterns are read raw and formatted here, after their plural forms are chosen.
        source.setAlwaysUseMessageFormat(false);
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
        if (language.equals("uk")) {
            return UKRAINIAN;
        }
        return language.equals("en") ? Locale.ENGLISH : fallback;
    }

    /** One of the bot's languages by its two letters; empty for anything else. */
    public static Optional<Locale> language(String code) {
        return LANGUAGES.stream()
                .filter(locale -> locale.getLanguage().equals(code))
                .findFirst();
    }

    /** The language kept with a suggestion or a follow, or the default one when none was kept. */
    public Locale or(Optional<Locale> kept) {
        return kept.flatMap(locale -> language(locale.getLanguage())).orElse(fallback);
    }

    public Locale fallback() {
        return fallback;
    }

    public String get(Locale locale, String key, Object... args) {
        String pattern = bundle.getMessage(key, null, locale);
        return new MessageFormat(Plurals.expand(pattern, locale, args), locale)
                .format(args == null ? new Object[0] : args);
    }

    /** A day as the reader's language writes it (29 Nov 2026, 29.11.2026). */
    public String date(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofPattern(bundle.getMessage("format.date", null, locale), locale)
                .format(day);
    }

    /** At most {@code max} characters (code points), the last one an ellipsis when cut: for titles in lists and buttons. */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
