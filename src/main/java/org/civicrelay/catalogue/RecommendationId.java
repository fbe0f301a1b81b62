package org.civicrelay.catalogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A recommendation's id as users see and type it: {@code R} and a number, e.g. {@code R7}. */
public record RecommendationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("R[1-9][0-9]{0,5}");

    public RecommendationId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a recommendation id");
        }
    }

    /** What a user typed, forgiving case and spaces ("r7", " R7 "); empty when it cannot be an id. */
    public static Optional<RecommendationId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String candidate = typed.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new RecommendationId(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
