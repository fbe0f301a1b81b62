package org.civicrelay.moderation;

import java.time.Instant;
import java.util.Optional;
import org.civicrelay.config.CatalogueSettings.Recommendation;
import org.civicrelay.config.ModerationSettings.DeclineReason;
import org.civicrelay.suggestion.SuggestionState;

/** A decision as it is shown on the card and told to the author: what, by which alias, when, and its details. */
public record Outcome(
        SuggestionState state,
        String moderator,
        Instant at,
        Optional<Recommendation> recommendation,
        Optional<DeclineReason> reason) {}
