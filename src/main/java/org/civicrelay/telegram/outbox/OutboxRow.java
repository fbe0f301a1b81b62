package org.civicrelay.telegram.outbox;

import org.civicrelay.privacy.SealedId;

/** A queued Bot API call as read back from SQLite. */
record OutboxRow(
        long id,
        Lane lane,
        SealedId chat,
        String chatKey,
        boolean groupChat,
        Outbound outbound,
        String onSent,
        int attempts,
        long createdAtMillis) {}
