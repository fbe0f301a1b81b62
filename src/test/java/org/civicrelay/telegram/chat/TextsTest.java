package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    private final Texts englishByDefault =
            new Texts(TestSettings.bot().defaultLanguage("en").build());
    private final Texts russianByDefault =
            new Texts(TestSettings.bot().defaultLanguage("ru").build());

    @ParameterizedTest
    @CsvSource({
        "ru, ru",
        "RU, ru",
        "ru-RU, ru",
        "be, ru",
        "kk, ru",
        "ky, ru",
        "tg, ru",
        "en, en",
        "en-GB, en",
        "en_US, en",
        "uk, uk",
        "uk-UA, uk",
        "de, en",
        "'', en"
    })
    void telegram_language_codes_map_to_the_bots_three_languages(String languageCode, String expected) {
        assertThat(englishByDefault.localeFor(languageCode).getLanguage()).isEqualTo(expected);
    }

    @Test
    void unknown_or_missing_languages_fall_back_to_the_configured_default() {
        assertThat(englishByDefault.localeFor(null)).isEqualTo(Locale.ENGLISH);
        assertThat(russianByDefault.localeFor(null)).isEqualTo(Texts.RUSSIAN);
        assertThat(russianByDefault.localeFor("de")).isEqualTo(Texts.RUSSIAN);
        assertThat(russianByDefault.localeFor("en")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void counts_take_the_plural_form_of_the_language() {
        assertThat(englishByDefault.get(Locale.ENGLISH, "suggest.too-long", 1, 3000))
                .startsWith("Your text has 1 character;");
        assertThat(englishByDefault.get(Locale.ENGLISH, "suggest.too-long", 3001, 3000))
                .contains("3,001 characters");
        assertThat(englishByDefault.get(Texts.RUSSIAN, "suggest.too-long", 3001, 3000))
                .contains("3\u00A0001 знак,");
        assertThat(englishByDefault.get(Texts.RUSSIAN, "suggest.too-long", 3003, 3000))
                .contains("3\u00A0003 знака,");
        assertThat(englishByDefault.get(Texts.RUSSIAN, "suggest.too-long", 3005, 3000))
                .contains("3\u00A0005 знаков,");
        assertThat(englishByDefault.get(Texts.RUSSIAN, "triage.prompt.spam", 2)).contains("2 дня.");
        assertThat(englishByDefault.get(Texts.UKRAINIAN, "triage.prompt.spam", 2))
                .contains("2 дні.");
        assertThat(englishByDefault.get(Texts.UKRAINIAN, "triage.prompt.spam", 30))
                .contains("30 днів.");
        assertThat(englishByDefault.get(Texts.UKRAINIAN, "triage.prompt.spam", 21))
                .contains("21 день.");
    }

    @Test
    void dates_are_written_as_the_readers_language_writes_them() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 29);
        assertThat(englishByDefault.date(Locale.ENGLISH, day)).isEqualTo("29 Nov 2026");
        assertThat(englishByDefault.date(Texts.RUSSIAN, day)).isEqualTo("29.11.2026");
        assertThat(englishByDefault.date(Texts.UKRAINIAN, day)).isEqualTo("29.11.2026");
    }

    @Test
    void texts_come_from_the_bundle_of_the_chosen_language_with_arguments_filled_in() {
        assertThat(englishByDefault.get(Locale.ENGLISH, "button.cancel")).isEqualTo("\u2716 Cancel");
        assertThat(englishByDefault.get(Texts.RUSSIAN, "button.cancel")).isEqualTo("\u2716 Отмена");
        assertThat(englishByDefault.get(Texts.UKRAINIAN, "button.cancel")).isEqualTo("\u2716 Скасувати");
        assertThat(englishByDefault.get(Locale.ENGLISH, "card.text", "S-7KQ3X", "Media", "2025-03-14", "no", "Body"))
                .contains("S-7KQ3X", "Media", "2025-03-14", "Body")
                .doesNotContain("{");
    }
}
