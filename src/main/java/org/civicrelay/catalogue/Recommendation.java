package org.civicrelay.catalogue;

import java.util.Optional;
import org.civicrelay.config.LocalizedText;

/**
 * A recommendation as the bot runs it: where it sits in the catalogue, its title from bot-config.yml, its
 * current status and, from the file, its optional details. A retired one has left the file; it is kept so
 * that nothing is lost if it comes back, and is named by the title last copied into the database.
 */
public record Recommendation(
        RecommendationId id,
        String workingGroup,
        int position,
        LocalizedText title,
        String status,
        boolean retired,
        Details details) {

    public Recommendation(
            RecommendationId id,
            String workingGroup,
            int position,
            LocalizedText title,
            String status,
            boolean retired) {
        this(id, workingGroup, position, title, status, retired, Details.NONE);
    }

    /** What a recommendation asks for, who is to act on it, and how far it has come (a percentage). */
    public record Details(
            Optional<LocalizedText> description, Optional<LocalizedText> responsible, Optional<Integer> progress) {

        public static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
