package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the bot wrote in one chat, as a person in it sees it: waiting for a message, reading the newest one,
 * or the first one since the person last wrote or pressed (the mark). Shared by {@link FakeUser} (the private
 * chat) and {@link FakeGroup}.
 */
public abstract class BotSide {

    final ChatReader chat;
    private volatile int mark;

    BotSide(ChatReader chat) {
        this.chat = chat;
    }

    /** Remembers the person's latest message or press: "new" bot messages are those after it. */
    final int remember(int messageId) {
        mark = messageId;
        return messageId;
    }

    /** Marks the chat as it is now, after an action that is not a message (a press, an edit). */
    final void markNow() {
        mark = chat.lastMessageId();
    }

    final int mark() {
        return mark;
    }

    /** The bot's visible (not deleted) messages in the chat. */
    public List<BotMessage> messages() {
        return chat.messages();
    }

    /** The newest visible bot message in the chat; fails if there is none. */
    public BotMessage lastMessage() {
        return chat.lastMessage();
    }

    /** The newest visible bot message matching {@code condition}, waiting for one. */
    public BotMessage awaitMessage(Predicate<BotMessage> condition, Duration timeout) {
        return chat.await(condition, timeout, "a bot message matching the condition");
    }

    /** The newest visible bot message whose plain text contains {@code text}, waiting for one. */
    public BotMessage awaitMessageContaining(String text, Duration timeout) {
        return chat.await(
                m -> m.plainText() != null && m.plainText().contains(text),
                timeout,
                "a bot message containing \"" + text + "\"");
    }

    /** The first bot message after the person's latest message or press that matches {@code condition}. */
    public BotMessage awaitNewMessage(Predicate<BotMessage> condition, Duration timeout) {
        return chat.awaitAfter(mark, condition, timeout);
    }

    /** {@code message} once the bot has edited it again (text or keyboard). */
    public BotMessage awaitEdit(BotMessage message, Duration timeout) {
        return chat.awaitEdit(message, timeout);
    }

    // ---- the same, for a bot in the test's own thread, which has answered before the person's action returns

    /** The first bot message after the person's latest message or press matching {@code condition}. */
    public BotMessage newMessage(Predicate<BotMessage> condition) {
        return chat.nowAfter(mark, condition);
    }

    /** The newest visible bot message matching {@code condition}; fails at once if there is none. */
    public BotMessage message(Predicate<BotMessage> condition) {
        return chat.now(condition, "a bot message matching the condition");
    }

    /** The newest visible bot message whose plain text contains {@code text}; fails at once if there is none. */
    public BotMessage messageContaining(String text) {
        return chat.now(
                m -> m.plainText() != null && m.plainText().contains(text),
                "a bot message containing \"" + text + "\"");
    }

    /** {@code message} as it is now, which the bot must have edited (text or keyboard) since that snapshot. */
    public BotMessage edited(BotMessage message) {
        return chat.edited(message);
    }

    /** The chat's history and the recent rejected calls, for failure messages. */
    public String chatDump() {
        return chat.dump();
    }
}
