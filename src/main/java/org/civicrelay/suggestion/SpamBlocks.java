package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.civicrelay.privacy.EpochKeys;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/**
 * Authors stopped from submitting after a moderator marked their suggestion as spam. They are known only
 * by their author key: a link under an epoch key ({@link EpochKeys}), never an id or a lasting pseudonym.
 * That is the price of unlinkable authorship: a block lasts at most the anonymity window counted from the
 * start of the day the suggestion was sent (48 hours by default), however long {@code moderation.spam-block}
 * says, because after that the key that could recognise the author no longer exists.
 */
@Component
class SpamBlocks implements Retention {

    private final SpamBlockRepository blocks;
    private final EpochKeys epochKeys;
    private final Clock clock;

    SpamBlocks(SpamBlockRepository blocks, EpochKeys epochKeys, Clock clock) {
        this.blocks = blocks;
        this.epochKeys = epochKeys;
        this.clock = clock;
    }

    /** The author's link under the current epoch key, stored with a new suggestion. */
    Pseudonym authorKey(Pseudonym author) {
        return epochKeys.current(author);
    }

    /** The author's links under every live epoch key: whichever a block or a suggestion holds. */
    List<Pseudonym> authorKeys(Pseudonym author) {
        return epochKeys.live(author);
    }

    boolean isBlocked(Pseudonym author) {
        return blocks.isBlocked(authorKeys(author), clock.instant());
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

    /**
     * {@code until}, or the end of the link's window for a suggestion sent on {@code sentOn} if that comes
     * first: a block cannot outlast the key that recognises its author.
     */
    Instant withinWindow(LocalDate sentOn, Instant until) {
        Instant linkEnds = linkEnds(sentOn);
        return until.isBefore(linkEnds) ? until : linkEnds;
    }

    /** When nothing may link a suggestion sent on {@code sentOn} to its author any more. */
    Instant linkEnds(LocalDate sentOn) {
        return sentOn.atStartOfDay(ZoneOffset.UTC).toInstant().plus(epochKeys.window());
    }

    /** The last day whose suggestions may no longer keep an author key at {@code now}. */
    LocalDate lastUnlinkedDay(Instant now) {
        return LocalDate.ofInstant(now.minus(epochKeys.window()), ZoneOffset.UTC);
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
