package org.civicrelay.telegram.chat;

import java.util.List;
import java.util.Optional;

/**
 * Handles one slash command. Registered by being a Spring bean: the router finds it by its names, the
 * "/" menu and /help list it by its {@link #menu()} entry, with its texts {@code menu.<name>} (short, for
 * the menu) and {@code help.<name>} (a line of /help, if the menu text is too short for it).
 */
public interface CommandHandler {

    /** The command without its slash, e.g. {@code suggest}; aliases may follow. */
    List<String> commands();

    /** Where the command is listed; empty for a command that is only typed (or reached by a button). */
    Optional<MenuEntry> menu();

    /** Activists' commands work in private chats; moderators' commands also in the moderators' chat. */
    default Audience audience() {
        return Audience.ACTIVISTS;
    }

    void handle(Interaction interaction);
}
