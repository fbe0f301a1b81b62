package org.civicrelay.telegram.chat;

/**
 * Handles a plain text message when it belongs to a conversation in progress. Moderators' text handlers
 * also see, in the moderators' chat, the messages Telegram passes to a bot in privacy mode: replies to
 * the bot's own messages.
 */
public interface TextHandler {

    default Audience audience() {
        return Audience.ACTIVISTS;
    }

    /** True if this handler took the text. */
    boolean handle(Interaction interaction);
}
