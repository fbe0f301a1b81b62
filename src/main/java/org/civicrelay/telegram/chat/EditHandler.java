package org.civicrelay.telegram.chat;

/**
 * Handles an edit of one of the person's earlier messages in a private chat (e.g. the message a draft came
 * from); {@link Interaction#messageId()} is the edited message and {@link Interaction#text()} its new text.
 */
public interface EditHandler {

    /** True if this handler took the edit. */
    boolean handle(Interaction interaction);
}
