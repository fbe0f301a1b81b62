package org.civicrelay.telegram.triage;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;

/** Reads the suggestion reference typed after a moderators' command, forgiving case ("s-7kq3x"). */
final class References {

    private References() {}

    static Optional<SuggestionRef> first(String text) {
        String stripped = text == null ? "" : text.strip();
        String word = stripped.isEmpty() ? "" : stripped.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return SuggestionRef.isValid(word) ? Optional.of(new SuggestionRef(word)) : Optional.empty();
    }
}
