package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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

    /**
     * Blocks the author until {@code until}, or longer if they were already blocked for longer, and remembers
     * that {@code ref}'s spam mark is one reason, so that a moderator can lift the block by that reference.
     */
    void block(String authorKey, Instant until, SuggestionRef ref) {
        blocks.block(authorKey, until);
        blocks.mark(ref.value(), authorKey);
    }

    /**
     * Lifts the block that {@code ref}'s spam mark caused (and any other mark of the same author), by the
     * reference alone. Returns the author key if a block was lifted, for a reopened suggestion to keep.
     */
    Optional<String> lift(SuggestionRef ref) {
        Optional<String> authorKey = blocks.markedAuthor(ref.value());
        return authorKey.filter(key -> blocks.lift(key, clock.instant()));
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
