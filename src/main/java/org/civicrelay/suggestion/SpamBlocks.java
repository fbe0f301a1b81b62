package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.Instant;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/**
 * Authors stopped from submitting after a moderator marked their suggestion as spam. They are known only
 * by their author key (a pseudonym under the spam key), never by an id, and only until the block ends.
 */
@Component
class SpamBlocks implements Retention {

    private final SpamBlockRepository blocks;
    private final Identities identities;
    private final Clock clock;

    SpamBlocks(SpamBlockRepository blocks, Identities identities, Clock clock) {
        this.blocks = blocks;
        this.identities = identities;
        this.clock = clock;
    }

    Pseudonym authorKey(Pseudonym author) {
        return identities.authorKey(author);
    }

    boolean isBlocked(Pseudonym author) {
        return blocks.isBlocked(authorKey(author), clock.instant());
    }

    /** Blocks the author until {@code until}, or longer if they were already blocked for longer. */
    void block(String authorKey, Instant until) {
        blocks.block(authorKey, until);
    }

    @Override
    public String what() {
        return "expired spam blocks";
    }

    @Override
    public int purge(Instant now) {
        return blocks.deleteEndedBy(now);
    }
}
