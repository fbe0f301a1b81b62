package org.civicrelay.moderation;

import org.civicrelay.suggestion.Suggestion;

/** Where a moderator's message about a suggestion can go. */
public sealed interface ReplyTarget {

    /** The author allowed replies: the message goes to the sealed address kept with the suggestion. */
    record Reachable(Suggestion suggestion) implements ReplyTarget {}

    /**
     * The author stayed anonymous but holds a receipt, and the suggestion is still open: the message is kept
     * for them to read with /check (nothing is sent).
     */
    record ByReceipt(Suggestion suggestion) implements ReplyTarget {}

    /** The author stayed anonymous (without a receipt, or the suggestion is decided): no reply is possible. */
    record Anonymous() implements ReplyTarget {}

    /** No suggestion has this reference. */
    record Unknown() implements ReplyTarget {}
}
