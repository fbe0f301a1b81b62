package org.civicrelay.catalogue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A moderator changed a recommendation's status. Published inside the change's transaction, so that what
 * listeners write (the audit entry, one notification per follower) is stored with it or not at all.
 * {@code moderator} is the alias from the settings, never a Telegram id.
 */
public record StatusChanged(
        RecommendationId id, String status, Optional<String> note, LocalDate on, String moderator) {}
