package org.civicrelay.moderation;

import java.time.Instant;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;

/** A moderator's internal note on a suggestion: by alias, never shown to the author unless sent ({@code sentAt}). */
public record Note(
        long id, SuggestionRef ref, String moderator, String text, Instant writtenAt, Optional<Instant> sentAt) {}
