package org.civicrelay.telegram.outbox;

/**
 * Sending priority. Across chats: a person waiting for an answer goes first, then moderators' cards and the
 * answers relayed to them, then bulk notifications. Within one chat, the moderators' work and replies
 * ({@link #yields()} false) overtake bulk and relayed rows, so that a flood of relayed answers or notices
 * never holds back a new card or a button's answer. The ordinal is stored in the outbox: append, never
 * reorder.
 */
public enum Lane {
    REPLY,
    MODERATION,
    BULK,
    /** An author's answer relayed into a moderators' chat. */
    RELAY;

    /** Whether rows of this lane wait, within their chat, behind every reply and every piece of moderators' work. */
    public boolean yields() {
        return this == BULK || this == RELAY;
    }
}
