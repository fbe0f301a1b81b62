package org.civicrelay.suggestion;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.privacy.SealedId;

/**
 * A stored suggestion. The author is known only as a sealed reply address, and only if they chose to be
 * reachable; then {@code language} is the language they read (two letters). An anonymous author may hold a
 * receipt ({@code hasReceipt}: only its keyed hash is kept), through which /check shows them the state and
 * {@code question}, the moderators' latest question.
 */
public record Suggestion(
        SuggestionRef ref,
        String workingGroup,
        String text,
        LocalDate createdOn,
        SuggestionState state,
        Optional<SealedId> replyTo,
        Optional<Locale> language,
        boolean hasReceipt,
        Optional<String> question) {

    public Suggestion(
            SuggestionRef ref,
            String workingGroup,
            String text,
            LocalDate createdOn,
            SuggestionState state,
            Optional<SealedId> replyTo) {
        this(ref, workingGroup, text, createdOn, state, replyTo, Optional.empty(), false, Optional.empty());
    }

    public boolean reachable() {
        return replyTo.isPresent();
    }

    /** The moderators can put a question to the author: through the reply address, or for the receipt to show. */
    public boolean askable() {
        return reachable() || hasReceipt;
    }
}
