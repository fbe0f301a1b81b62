package org.civicrelay.moderation;

import org.civicrelay.suggestion.Suggestion;

/** Where a moderator's message about a suggestion can go. */
public sealed interface ReplyTarget {

    /** The author allowed replies: the message goes to the sealed address kept with the suggestion. */
    record Reachable(Suggestion suggestion) implements ReplyTarget {
    }

    /** The author stayed anonymous: no reply is possible. */
    record Anonymous() implements ReplyTarget {
    }

    /** No suggestion has this reference. */
    record Unknown() implements ReplyTarget {
    }
}
