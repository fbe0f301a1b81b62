package org.civicrelay.telegram.chat;

import java.util.List;

/** The listed commands, in menu order, for those who show them (/help); the router's side keeps the list. */
public interface CommandDirectory {

    /** The commands listed for {@code audience}, each by its first name, in menu order. */
    List<Listed> listed(Audience audience);

    /** A listed command: its name and its menu entry. */
    record Listed(String name, MenuEntry entry) {}
}
