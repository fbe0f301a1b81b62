package org.civicrelay.telegram.chat;

/**
 * Where a command is listed: its section of /help and its position in the "/" menu (lower first). Who
 * sees it follows from the command's {@link Audience}: activists' commands in every private chat,
 * moderators' commands in the moderators' chat and in the moderators' private chats.
 */
public record MenuEntry(Section section, int position) {

    /** The sections of /help, in this order. */
    public enum Section {
        SUGGESTIONS,
        RECOMMENDATIONS,
        YOUR_DATA,
        GENERAL,
        MODERATION
    }

    public static MenuEntry of(Section section, int position) {
        return new MenuEntry(section, position);
    }
}
