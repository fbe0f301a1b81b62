package org.civicrelay.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionRefTest {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    @ParameterizedTest
    @ValueSource(strings = {"S-7KQ3X", "S-ABCD", "S-0123456789", "S-A1B2C3"})
    void accepts_references_of_four_to_ten_capitals_or_digits(String value) {
        assertThat(new SuggestionRef(value).value()).isEqualTo(value);
        assertThat(SuggestionRef.isValid(value)).isTrue();
    }

    @Test
    void rejects_references_with_lowercase_letters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuggestionRef("S-7kq3x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuggestionRef("s-7KQ3X"));
        assertThat(SuggestionRef.isValid("S-7kq3x")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "S-",
                "S-ABC",
                "S-ABCDEFGHIJK",
                "7KQ3X",
                "R-7KQ3X",
                "S_7KQ3X",
                " S-7KQ3X",
                "S-7KQ3X ",
                "S-7KQ-3X",
                "S-7KQ3X\n",
                "S-ÄBCD"
            })
    void rejects_malformed_references(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuggestionRef(value));
        assertThat(SuggestionRef.isValid(value)).isFalse();
    }

    @Test
    void rejects_a_missing_reference() {
        assertThatNullPointerException().isThrownBy(() -> new SuggestionRef(null));
        assertThat(SuggestionRef.isValid(null)).isFalse();
    }

    @Test
    void random_references_are_well_formed_and_avoid_confusable_characters() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            String value = SuggestionRef.random(random).value();
            assertThat(value)
                    .matches("S-[" + ALPHABET + "]{" + SuggestionRef.LENGTH + "}")
                    .doesNotContain("0", "O", "1", "I");
        }
    }

    @Test
    void consecutive_random_references_are_never_sequential() {
        // Seeded, so the assertion is deterministic; the production generator is a SecureRandom.
        SplittableRandom random = new SplittableRandom(42);
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            numbers.add(asNumber(SuggestionRef.random(random).value()));
        }
        assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(Math.abs(numbers.get(i) - numbers.get(i - 1)))
                    .as("distance between reference %d and the one before", i)
                    .isGreaterThan(1);
        }
    }

    /** Reads the reference as a base-32 number in the reference alphabet, to measure how far apart two are. */
    private static long asNumber(String ref) {
        long number = 0;
        for (char c : ref.substring(2).toCharArray()) {
            number = number * ALPHABET.length() + ALPHABET.indexOf(c);
        }
        return number;
    }
}
