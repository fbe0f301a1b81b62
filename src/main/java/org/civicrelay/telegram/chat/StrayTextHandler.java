package org.civicrelay.telegram.chat;

/**
 * Answers a private text that no conversation in progress took: it is not dropped, but offered to be sent
 * as a suggestion. One implementation; the router calls it last.
 */
public interface StrayTextHandler {

    void handle(Interaction interaction);
}
