package org.civicrelay.privacy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * An anonymous author's receipt, e.g. {@code K7QD-3MXP-94TB-ZR2W}: 16 random characters (80 bits) in
 * groups of four, shown once to its author and never stored; the bot keeps only a keyed hash of it
 * ({@link ReceiptHashes}). Whoever holds it can see the suggestion's state with /check, nobody else.
 */
public record Receipt(String value) {

    /** No 0/O or 1/I, which are easy to confuse when the receipt is written down by hand. */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    static final int LENGTH = 16;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}(-[" + ALPHABET + "]{4}){3}");

    public Receipt {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a receipt");
        }
    }

    public static Receipt random(RandomGenerator random) {
        StringBuilder receipt = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new Receipt(receipt.toString());
    }

    /**
     * What a person typed, forgiving case, spaces and dashes ("k7qd 3mxp94tb-zr2w"); empty when it cannot be a
     * receipt. A wrong receipt and a mistyped one are told the same thing as an unknown one.
     */
    public static Optional<Receipt> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-"
                + compact.substring(8, 12) + "-" + compact.substring(12)));
    }

    @Override
    public String toString() {
        return "Receipt[…]";
    }
}
