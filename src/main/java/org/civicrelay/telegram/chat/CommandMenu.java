package org.civicrelay.telegram.chat;

import java.util.List;

/** The order of commands in the "/" menu: the activist's most common tasks first. */
public final class CommandMenu {

    private static final List<String> ORDER = List.of("suggest", "recommendations", "subscriptions", "subscribe",
            "unsubscribe", "mysubmissions", "help", "privacy", "cancel", "forget", "wipe", "start",
            "queue", "reply", "stats", "setstatus");

    private CommandMenu() {
    }

    public static int position(String command) {
        int index = ORDER.indexOf(command);
        return index < 0 ? ORDER.size() : index;
    }
}
