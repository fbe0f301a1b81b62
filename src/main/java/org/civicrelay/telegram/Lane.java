package org.civicrelay.telegram;

/** Sending priority: a person waiting for an answer goes before moderators' cards, which go before bulk notifications. */
enum Lane {
    REPLY, MODERATION, BULK
}
