package org.civicrelay.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLDR's cardinal plural rules for whole numbers, and ICU's plural syntax, for the bot's three languages. */
class PluralsTest {

    private static final String DAYS_RU = "{0,plural,one{# день} few{# дня} many{# дней} other{# дня}}";

    @ParameterizedTest
    @CsvSource({
        "0, MANY",
        "1, ONE",
        "2, FEW",
        "4, FEW",
        "5, MANY",
        "11, MANY",
        "12, MANY",
        "14, MANY",
        "21, ONE",
        "22, FEW",
        "25, MANY",
        "101, ONE",
        "111, MANY",
        "112, MANY",
        "122, FEW",
        "3001, ONE"
    })
    void russian_and_ukrainian_have_one_few_and_many(int n, Plurals.Category expected) {
        assertThat(Plurals.category(Texts.RUSSIAN, n)).isEqualTo(expected);
        assertThat(Plurals.category(Texts.UKRAINIAN, n)).isEqualTo(expected);
    }

    @Test
    void english_has_one_and_other_and_fractions_are_other_everywhere() {
        assertThat(Plurals.category(Locale.ENGLISH, 1)).isEqualTo(Plurals.Category.ONE);
        assertThat(Plurals.category(Locale.ENGLISH, 0)).isEqualTo(Plurals.Category.OTHER);
        assertThat(Plurals.category(Locale.ENGLISH, 21L)).isEqualTo(Plurals.Category.OTHER);
        assertThat(Plurals.category(Texts.RUSSIAN, 1.5)).isEqualTo(Plurals.Category.OTHER);
    }

    @Test
    void the_branch_of_the_number_replaces_the_plural_and_hash_becomes_the_argument() {
        assertThat(Plurals.expand("Через " + DAYS_RU + ".", Texts.RUSSIAN, new Object[] {2}))
                .isEqualTo("Через {0} дня.");
        assertThat(Plurals.expand("{1}: " + DAYS_RU.replace("{0", "{1"), Texts.RUSSIAN, new Object[] {"x", 25}))
                .isEqualTo("{1}: {1} дней");
        assertThat(Plurals.expand(
                        "{0,plural,=0{none} one{# item} other{# items}} left", Locale.ENGLISH, new Object[] {0}))
                .isEqualTo("none left");
        assertThat(Plurals.expand("It''s {0,plural,one{# day} other{# days}}", Locale.ENGLISH, new Object[] {1}))
                .isEqualTo("It''s {0} day");
        assertThat(Plurals.expand("No plural at all: {0}", Locale.ENGLISH, new Object[] {1}))
                .isEqualTo("No plural at all: {0}");
    }

    @Test
    void a_plural_without_other_or_unclosed_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Plurals.expand("{0,plural,one{# day}}", Locale.ENGLISH, new Object[] {1}));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> Plurals.expand("{0,plural,one{# day} other{# days}", Locale.ENGLISH, new Object[] {1}));
    }
}
