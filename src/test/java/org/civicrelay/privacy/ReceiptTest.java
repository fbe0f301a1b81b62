package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipts: 16 random characters in groups of four, read back forgivingly, kept only as a keyed hash. */
class ReceiptTest {

    @Test
    void a_receipt_has_sixteen_unambiguous_characters_in_groups_of_four_and_is_random() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Receipt receipt = Receipt.random(random);
            assertThat(receipt.value()).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");
            seen.add(receipt.value());
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void what_a_person_types_is_read_forgiving_case_spaces_and_dashes_and_nothing_else_is_a_receipt() {
        assertThat(Receipt.parse(" k7qd 3mxp-94tb\u2013zr2w ")).contains(new Receipt("K7QD-3MXP-94TB-ZR2W"));
        assertThat(Receipt.parse("K7QD3MXP94TBZR2W")).contains(new Receipt("K7QD-3MXP-94TB-ZR2W"));
        assertThat(Receipt.parse("K7QD-3MXP-94TB-ZR2")).isEmpty();
        assertThat(Receipt.parse("K7QD-3MXP-94TB-ZR2W-")).contains(new Receipt("K7QD-3MXP-94TB-ZR2W"));
        assertThat(Receipt.parse("O7QD-3MXP-94TB-ZR2W"))
                .as("O is not in the alphabet")
                .isEmpty();
        assertThat(Receipt.parse(null)).isEmpty();
        assertThat(new Receipt("K7QD-3MXP-94TB-ZR2W").toString()).doesNotContain("K7QD");
    }

    @Test
    void the_hash_is_keyed_stable_and_says_nothing_of_the_receipt() {
        ReceiptHashes hashes = TestIdentities.receiptHashes();
        Receipt receipt = new Receipt("K7QD-3MXP-94TB-ZR2W");

        assertThat(hashes.hash(receipt))
                .isEqualTo(hashes.hash(Receipt.parse("k7qd3mxp94tbzr2w").orElseThrow()))
                .doesNotContain("K7QD")
                .hasSize(43);
        assertThat(hashes.hash(receipt)).isNotEqualTo(hashes.hash(new Receipt("K7QD-3MXP-94TB-ZR2X")));
    }
}
