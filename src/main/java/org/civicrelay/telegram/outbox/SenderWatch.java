package org.civicrelay.telegram.outbox;

/**
 * Told by the sender each time it has gone over its queue, so that whoever watches the bot's health (the
 * heartbeat) can tell a working sender from a stuck one without the sender knowing who watches.
 */
public interface SenderWatch {

    void senderPassed();
}
