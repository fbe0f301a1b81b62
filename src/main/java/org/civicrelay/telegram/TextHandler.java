package org.civicrelay.telegram;

/** Handles a plain text message in a private chat, when it belongs to a conversation in progress. */
interface TextHandler {

    /** True if this handler took the text. */
    boolean handle(Interaction interaction);
}
