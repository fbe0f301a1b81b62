package org.civicrelay.catalogue;

import java.util.Objects;
import java.util.Optional;

/** A moderator's request to move a recommendation to a status, with an optional public note. */
public record ChangeStatus(RecommendationId id, String status, Optional<String> note, String moderator) {

    public ChangeStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(moderator, "moderator");
        note = note == null ? Optional.empty() : note.map(String::strip).filter(text -> !text.isEmpty());
    }
}
