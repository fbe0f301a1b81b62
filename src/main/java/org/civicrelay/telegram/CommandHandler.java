package org.civicrelay.telegram;

import java.util.List;

/** Handles one slash command in a private chat. Registered by being a Spring bean; the router finds it. */
interface CommandHandler {

    /** The command without its slash, e.g. {@code suggest}; aliases may follow. */
    List<String> commands();

    /** Whether the command appears in the "/" menu and in /help for activists. */
    default boolean listed() {
        return true;
    }

    void handle(Interaction interaction);
}
