package org.civicrelay.suggestion;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted suggestion as the workshop's report uses it: working group, the recommendation it was linked
 * to, the day, the reference and the author's words ({@code text} empty once erased by retention). Nothing
 * about the author.
 */
public record AcceptedSuggestion(
        SuggestionRef ref,
        String workingGroup,
        LocalDate createdOn,
        Optional<String> text,
        Optional<String> recommendation) {}
