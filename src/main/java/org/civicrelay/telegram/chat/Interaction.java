package org.civicrelay.telegram.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;

/**
 * One update being handled, as handlers see it: who (a pseudonym, and the raw id only for writing
 * back), where, in which language, and the means to answer. Answers are queued in the outbox inside the
 * update's transaction.
 */
public final class Interaction {

    private final long chatId;
    private final boolean groupChat;
    private final long userId;
    private final Pseudonym user;
    private final boolean moderator;
    private final Locale locale;
    private final String text;
    private final Integer messageId;
    private final Integer replyToMessageId;
    private final String callbackId;
    private final Outbox outbox;
    private final Texts texts;
    private final Quoted quoted;
    private boolean answered;

    /** The person's own message that a pressed (bot) message replies to: its id, and its text if it has one. */
    public record Quoted(int messageId, String text) {}

    public Interaction(
            long chatId,
            boolean groupChat,
            long userId,
            Pseudonym user,
            boolean moderator,
            Locale locale,
            String text,
            Integer messageId,
            Integer replyToMessageId,
            String callbackId,
            Outbox outbox,
            Texts texts) {
        this(
                chatId,
                groupChat,
                userId,
                user,
                moderator,
                locale,
                text,
                messageId,
                replyToMessageId,
                callbackId,
                outbox,
                texts,
                null);
    }

    /**
     * {@code quoted}: for a button press, the person's own message that the pressed message replies to (the
     * bot offers what to do with a message by replying to it, so the message need not be stored anywhere
     * while the person decides).
     */
    public Interaction(
            long chatId,
            boolean groupChat,
            long userId,
            Pseudonym user,
            boolean moderator,
            Locale locale,
            String text,
            Integer messageId,
            Integer replyToMessageId,
            String callbackId,
            Outbox outbox,
            Texts texts,
            Quoted quoted) {
        this.quoted = quoted;
        this.chatId = chatId;
        this.groupChat = groupChat;
        this.userId = userId;
        this.user = user;
        this.moderator = moderator;
        this.locale = locale;
        this.text = text;
        this.messageId = messageId;
        this.replyToMessageId = replyToMessageId;
        this.callbackId = callbackId;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** The sender's pseudonym: what the domain sees of them. */
    public Pseudonym user() {
        return user;
    }

    /** The raw Telegram user id: only for checks against the settings (moderators), never for storage. */
    public long userId() {
        return userId;
    }

    /** The raw chat id: only for sealing a reply address, never for storage as is. */
    public long chatId() {
        return chatId;
    }

    /** Whether the user is one of the moderators named in the settings (checked by the router). */
    public boolean isModerator() {
        return moderator;
    }

    /** The bot's message that the user's message replies to, if any (e.g. a card, or a moderators' reply). */
    public Optional<Integer> replyToMessageId() {
        return Optional.ofNullable(replyToMessageId);
    }

    /** For a button press: the person's message that the pressed message answers, if it is still there. */
    public Optional<Quoted> quoted() {
        return Optional.ofNullable(quoted);
    }

    /** For a button press: the text of the person's message that the pressed message answers, if still there. */
    public Optional<String> quotedText() {
        return quoted().map(Quoted::text).filter(text -> !text.isBlank());
    }

    public boolean isGroupChat() {
        return groupChat;
    }

    public Locale locale() {
        return locale;
    }

    /** The message text, or the argument text after a command. */
    public String text() {
        return text;
    }

    /** The message this interaction is about: the user's message, or the one whose button was pressed. */
    public Integer messageId() {
        return messageId;
    }

    public String t(String key, Object... args) {
        return texts.get(locale, key, args);
    }

    public void reply(String html) {
        reply(html, null);
    }

    public void reply(String html, Keyboard keyboard) {
        outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.send(html, keyboard, false));
    }

    /** A reply shown as an answer to the person's message (e.g. an offer about what to do with it). */
    public void replyToMessage(String html, Keyboard keyboard) {
        if (messageId == null) {
            reply(html, keyboard);
            return;
        }
        outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.sendReplying(html, keyboard, false, messageId));
    }

    /**
     * A question whose answer the person types: their phone opens the reply box, with {@code placeholder} in
     * the input field, so that the answer comes back as a reply to this message.
     */
    public void ask(String html, String placeholder) {
        outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.ask(html, placeholder, false));
    }

    /** As {@link #ask}, for a question that echoes a suggestion: it cannot be forwarded or saved. */
    public void askProtected(String html, String placeholder) {
        outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.ask(html, placeholder, true));
    }

    /** A reply that echoes a suggestion or a notification: it cannot be forwarded or saved. */
    public void replyProtected(String html, Keyboard keyboard) {
        outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.send(html, keyboard, true));
    }

    /** Replaces the text (and buttons) of the message whose button was pressed. */
    public void editPressed(String html, Keyboard keyboard) {
        outbox.enqueue(
                chatId,
                groupChat,
                Lane.REPLY,
                Outbound.edit(messageId, html, keyboard == null ? Keyboard.NONE : keyboard));
    }

    /** Removes the user's message from the chat (allowed in private chats for 48 hours). */
    public void deleteUserMessage() {
        if (messageId != null) {
            outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.delete(messageId));
        }
    }

    /** Removes these messages of this chat (the person's and the bot's), as far as Telegram still allows. */
    public void deleteMessages(List<Integer> messageIds) {
        if (!messageIds.isEmpty()) {
            outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.deleteMany(messageIds));
        }
    }

    /** Stops the button's spinner, optionally with a short toast. */
    public void answer(String toast) {
        answerOnce(toast, false);
    }

    /** Answers the button press with an alert the user must dismiss. */
    public void alert(String text) {
        answerOnce(text, true);
    }

    boolean isCallback() {
        return callbackId != null;
    }

    public boolean answered() {
        return answered;
    }

    private void answerOnce(String toast, boolean alert) {
        if (callbackId == null || answered) {
            return;
        }
        answered = true;
        outbox.enqueue(chatId, groupChat, Lane.REPLY, Outbound.answer(callbackId, toast, alert));
    }
}
