package org.civicrelay.moderation;

import java.util.Map;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionState;

/** Counts only, never content: suggestions by state and by working group, followers by recommendation. */
public record Stats(
        Map<SuggestionState, Integer> byState,
        Map<String, Integer> byWorkingGroup,
        Optional<Map<String, Integer>> followersByRecommendation) {}
