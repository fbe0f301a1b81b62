package org.civicrelay.telegram.chat;

/**
 * Handles presses of the buttons whose callback data starts with {@link #prefix()} and a colon. The rest
 * of the data is the argument; it never carries an identifier and is validated like any other input.
 */
public interface ButtonHandler {

    String prefix();

    /** Moderators' buttons (on cards, in the moderators' chat) are refused to everyone else. */
    default Audience audience() {
        return Audience.ACTIVISTS;
    }

    void handle(Interaction interaction, String argument);

    static String data(String prefix, String argument) {
        return prefix + ":" + argument;
    }
}
