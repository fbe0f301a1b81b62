package org.civicrelay.suggestion;

import java.time.LocalDate;
import java.util.Optional;
import org.civicrelay.privacy.SealedId;

/** A stored suggestion. The author is known only as a sealed reply address, and only if they chose to be reachable. */
public record Suggestion(SuggestionRef ref, String workingGroup, String text, LocalDate createdOn, SuggestionState state,
        Optional<SealedId> replyTo) {

    public boolean reachable() {
        return replyTo.isPresent();
    }
}
