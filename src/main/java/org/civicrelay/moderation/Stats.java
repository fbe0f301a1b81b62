package org.civicrelay.moderation;

import java.util.Map;
import java.util.Optional;
import org.civicrelay.submission.SubmissionState;

/** Counts only, never content: submissions by state and by working group, followers by recommendation. */
public record Stats(Map<SubmissionState, Integer> byState, Map<String, Integer> byTopic,
        Optional<Map<String, Integer>> subscribersByRecommendation) {
}
