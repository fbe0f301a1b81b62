package org.civicrelay.suggestion;

import java.time.LocalDate;
import java.util.Optional;

/** What an author may see of their own (reachable) suggestion: no text, nothing about moderators. */
public record AuthorsSuggestion(
        SuggestionRef ref,
        String workingGroup,
        LocalDate createdOn,
        SuggestionState state,
        Optional<String> recommendation) {}
