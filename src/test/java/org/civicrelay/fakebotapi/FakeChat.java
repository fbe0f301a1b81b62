package org.civicrelay.fakebotapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One chat's state in the fake; guarded by the {@link ChatStore} lock. */
final class FakeChat {

    /**
     * The bot's standing in the chat. In a private chat: NONE until the user first writes, MEMBER after,
     * KICKED while the user blocks the bot, DEACTIVATED once the account is deleted. RESTRICTED: a supergroup
     * member that may not post.
     */
    enum Membership {
        NONE,
        MEMBER,
        RESTRICTED,
        LEFT,
        KICKED,
        DEACTIVATED
    }

    final long id;
    final String type;
    /** The user of a private chat, else {@code null}. */
    final FakeUser user;

    final List<StoredMessage> messages = new ArrayList<>();
    final List<String> delivered = new ArrayList<>();
    final Set<Long> members = new LinkedHashSet<>();
    /** Pinned message ids, oldest pin first. */
    final Set<Integer> pinned = new LinkedHashSet<>();

    String title;
    Membership bot;
    boolean botAdmin;
    /** The group's default permission for members to post (basic groups restrict everyone, not one member). */
    boolean membersMaySend = true;
    /** The supergroup this basic group became; every request naming this chat then answers 400. */
    Long migratedTo;

    private int lastMessageId;

    FakeChat(long id, String type, FakeUser user, String title, Membership bot) {
        this.id = id;
        this.type = type;
        this.user = user;
        this.title = title;
        this.bot = bot;
    }

    boolean isPrivate() {
        return "private".equals(type);
    }

    boolean isGroupLike() {
        return !isPrivate();
    }

    /** Whether the bot is in the chat (and so receives what reaches it there), allowed to post or not. */
    boolean botPresent() {
        return bot == Membership.MEMBER || bot == Membership.RESTRICTED;
    }

    /** Keeps ids unique when a message arrives with an id chosen outside the fake (raw updates). */
    void reserveMessageId(int messageId) {
        lastMessageId = Math.max(lastMessageId, messageId);
    }

    int nextMessageId() {
        return ++lastMessageId;
    }

    int lastMessageId() {
        return lastMessageId;
    }

    StoredMessage message(int messageId) {
        for (StoredMessage message : messages) {
            if (message.messageId == messageId) {
                return message;
            }
        }
        return null;
    }

    /** How Telegram names the chat in 403 descriptions: "group chat", "supergroup chat", "channel chat". */
    String kindForErrors() {
        return type + " chat";
    }

    String describe() {
        StringBuilder dump = new StringBuilder("chat ")
                .append(id)
                .append(" (")
                .append(type)
                .append(title == null ? "" : ", \"" + title + "\"")
                .append(", bot ")
                .append(bot)
                .append(botAdmin ? ", admin" : "")
                .append(membersMaySend ? "" : ", members may not post")
                .append(migratedTo == null ? "" : ", upgraded to " + migratedTo)
                .append(pinned.isEmpty() ? "" : ", pinned " + pinned)
                .append(")\n");
        if (messages.isEmpty()) {
            dump.append("  (no messages)\n");
        }
        for (StoredMessage message : messages) {
            dump.append("  ").append(message.describe()).append('\n');
        }
        return dump.toString();
    }
}
