package org.civicrelay.catalogue;

import org.civicrelay.config.LocalizedText;

/**
 * A recommendation as the bot runs it: where it sits in the catalogue, its title from bot-config.yml, and
 * its current status. A retired one has left the file; it is kept so that nothing is lost if it comes back.
 */
public record Recommendation(RecommendationId id, String workingGroup, int position, LocalizedText title,
        String status, boolean retired) {
}
