package org.civicrelay.telegram.chat;

import java.util.List;

/** Handles one slash command. Registered by being a Spring bean; the router finds it. */
public interface CommandHandler {

    /** The command without its slash, e.g. {@code suggest}; aliases may follow. */
    List<String> commands();

    /** Whether the command appears in the "/" menu and in /help for activists. */
    default boolean listed() {
        return true;
    }

    /** Activists' commands work in private chats; moderators' commands also in the moderators' chat. */
    default Audience audience() {
        return Audience.ACTIVISTS;
    }

    void handle(Interaction interaction);
}
