package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.civicrelay.config.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    private final Texts englishByDefault = new Texts(TestSettings.bot().defaultLanguage("en").build());
    private final Texts russianByDefault = new Texts(TestSettings.bot().defaultLanguage("ru").build());

    @ParameterizedTest
    @CsvSource({"ru, ru", "RU, ru", "ru-RU, ru", "be, ru", "kk, ru", "ky, ru", "tg, ru", "en, en", "en-GB, en",
            "en_US, en", "uk, en", "de, en", "'', en"})
    void telegram_language_codes_map_to_the_bots_two_languages(String languageCode, String expected) {
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
    void texts_come_from_the_bundle_of_the_chosen_language_with_arguments_filled_in() {
        assertThat(englishByDefault.get(Locale.ENGLISH, "button.cancel")).isEqualTo("Cancel");
        assertThat(englishByDefault.get(Texts.RUSSIAN, "button.cancel")).isEqualTo("Отмена");
        assertThat(englishByDefault.get(Locale.ENGLISH, "card.text", "S-7KQ3X", "Media", "2025-03-14", "no", "Body"))
                .contains("S-7KQ3X", "Media", "2025-03-14", "Body").doesNotContain("{");
    }
}
