package org.civicrelay.telegram.outbox;

/** Sending priority: a person waiting for an answer goes before moderators' cards, which go before bulk notifications. */
public enum Lane {
    REPLY, MODERATION, BULK
}
