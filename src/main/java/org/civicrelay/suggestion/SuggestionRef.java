package org.civicrelay.suggestion;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A suggestion's public reference, e.g. {@code S-7KQ3X}: random, never sequential, never derived from the user. */
public record SuggestionRef(String value) {

    private static final Pattern FORMAT = Pattern.compile("S-[A-Z0-9]{4,10}");
    /** No 0/O or 1/I, which are easy to confuse when a moderator reads a reference aloud. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    static final int LENGTH = 5;
    /** References per SQL statement: well under SQLite's limit on bound parameters. */
    private static final int SLICE = 500;

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

    /**
     * Runs {@code statement} on the values of these references, at most a few hundred at a time (an
     * {@code IN (:refs)} list binds one parameter each), and adds up what it returns (rows changed).
     */
    public static int inSlices(List<SuggestionRef> refs, ToIntFunction<List<String>> statement) {
        int total = 0;
        for (int from = 0; from < refs.size(); from += SLICE) {
            total += statement.applyAsInt(refs.subList(from, Math.min(refs.size(), from + SLICE)).stream()
                    .map(SuggestionRef::value)
                    .toList());
        }
        return total;
    }

    @Override
    public String toString() {
        return value;
    }
}
