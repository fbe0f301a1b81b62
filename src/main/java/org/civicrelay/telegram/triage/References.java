package org.civicrelay.telegram.triage;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;

/** Reads the suggestion reference typed after a moderators' command, forgiving case ("s-7kq3x"). */
final class References {

    /** A command's argument: a reference, and whatever text follows it (empty if none). */
    record WithText(SuggestionRef ref, Optional<String> text) {}

    private References() {}

    static Optional<SuggestionRef> first(String text) {
        return withText(text).map(WithText::ref);
    }

    /** {@code S-7KQ3X some text}: the reference and the text after it; empty if it does not start with one. */
    static Optional<WithText> withText(String text) {
        String[] parts =
                text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+", 2);
        String word = parts.length > 0 ? parts[0].toUpperCase(Locale.ROOT) : "";
        if (!SuggestionRef.isValid(word)) {
            return Optional.empty();
        }
        return Optional.of(
                new WithText(new SuggestionRef(word), parts.length < 2 ? Optional.empty() : Optional.of(parts[1])));
    }
}
