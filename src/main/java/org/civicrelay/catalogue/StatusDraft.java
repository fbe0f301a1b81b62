package org.civicrelay.catalogue;

import java.util.Optional;

/**
 * A status change being prepared: the recommendation, the status once chosen, the public note once given
 * ({@code noteGiven} also when the moderator chose to give none). Nothing is changed or sent until confirmed.
 */
public record StatusDraft(
        long id, RecommendationId recommendation, Optional<String> status, Optional<String> note, boolean noteGiven) {

    /** Status and note are settled: the preview can be shown. */
    public boolean complete() {
        return status.isPresent() && noteGiven;
    }
}
