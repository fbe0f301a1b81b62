package org.civicrelay.suggestion;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A suggestion's public reference, e.g. {@code S-7KQ3X}: random, never sequential, never derived from the user. */
public record SuggestionRef(String value) {

    private static final Pattern FORMAT = Pattern.compile("S-[A-Z0-9]{4,10}");
    /** No 0/O or 1/I, which are easy to confuse when a moderator reads a reference aloud. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    static final int LENGTH = 5;

    public SuggestionRef {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a suggestion reference");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    static SuggestionRef random(RandomGenerator random) {
        StringBuilder ref = new StringBuilder("S-");
        for (int i = 0; i < LENGTH; i++) {
            ref.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new SuggestionRef(ref.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
