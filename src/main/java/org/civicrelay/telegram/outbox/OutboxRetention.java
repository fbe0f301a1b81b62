package org.civicrelay.telegram.outbox;

import java.time.Duration;
import java.time.Instant;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/**
 * No queued call is older than a day. Sent rows are deleted at once; this catches what could not be sent
 * for that long (a chat that kept failing, or a moderators' chat the bot was removed from: the suggestion
 * itself stays in /queue, only its card is dropped), so that the sealed copy of a message never outlives
 * the day Telegram itself keeps undelivered updates.
 */
@Component
class OutboxRetention implements Retention {

    static final Duration LONGEST = Duration.ofHours(24);

    private final OutboxRepository rows;

    OutboxRetention(OutboxRepository rows) {
        this.rows = rows;
    }

    @Override
    public String what() {
        return "queued messages older than 24 hours, unsent";
    }

    @Override
    public int purge(Instant now) {
        return rows.deleteCreatedBefore(now.minus(LONGEST).toEpochMilli());
    }
}
