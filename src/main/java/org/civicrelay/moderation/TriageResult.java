package org.civicrelay.moderation;

import java.time.Instant;
import java.util.Optional;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;

/** What a moderator's triage button achieved. */
public sealed interface TriageResult {

    /**
     * This moderator's decision was taken; it can be undone until {@code undoUntil} (empty: no undo window),
     * and the author hears of it only then.
     */
    record Decided(Suggestion suggestion, Outcome outcome, Optional<Instant> undoUntil) implements TriageResult {}

    /** Another moderator (or an earlier press) decided first; nothing changed. */
    record AlreadyDecided(SuggestionState state) implements TriageResult {}

    /** More information cannot be asked of an author who chose to stay anonymous; nothing changed. */
    record AuthorUnreachable() implements TriageResult {}

    /** No such suggestion, or a recommendation or reason that does not exist (a forged button); nothing changed. */
    record Invalid() implements TriageResult {}
}
