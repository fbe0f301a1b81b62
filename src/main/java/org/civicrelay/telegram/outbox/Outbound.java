package org.civicrelay.telegram.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One Bot API call to make, without its chat: the chat is sealed separately in the outbox row. Text is
 * always HTML in which everything user-supplied has been escaped ({@link Html}). A message that expects an
 * answer opens the reply box on the person's phone ({@code forceReply}, with a {@code placeholder} in the
 * input field) instead of carrying buttons (Telegram allows one or the other); {@code silent} delivers it
 * without sound or vibration ({@code disable_notification}). A document carries its file name and its
 * content (UTF-8 text), and the text as its caption.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outbound(
        Kind kind,
        String text,
        Keyboard keyboard,
        Boolean protect,
        Integer messageId,
        String callbackId,
        Boolean alert,
        Integer replyTo,
        List<Integer> messageIds,
        Boolean forceReply,
        String placeholder,
        Boolean silent,
        String fileName,
        String document) {

    /** Telegram's limit on the input field's placeholder. */
    static final int MAX_PLACEHOLDER = 64;

    public Outbound {
        if (forceReply != null && keyboard != null) {
            throw new IllegalArgumentException("a message has either buttons or a forced reply");
        }
        if (placeholder != null && placeholder.codePointCount(0, placeholder.length()) > MAX_PLACEHOLDER) {
            throw new IllegalArgumentException("a placeholder has at most 64 characters");
        }
    }

    Outbound(
            Kind kind,
            String text,
            Keyboard keyboard,
            Boolean protect,
            Integer messageId,
            String callbackId,
            Boolean alert,
            Integer replyTo) {
        this(kind, text, keyboard, protect, messageId, callbackId, alert, replyTo, null, null, null, null, null, null);
    }

    Outbound(
            Kind kind,
            String text,
            Keyboard keyboard,
            Boolean protect,
            Integer messageId,
            String callbackId,
            Boolean alert,
            Integer replyTo,
            List<Integer> messageIds) {
        this(
                kind,
                text,
                keyboard,
                protect,
                messageId,
                callbackId,
                alert,
                replyTo,
                messageIds,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A message that asks for an answer: the person's phone opens the reply box, with {@code placeholder}
     * in its input field, so that a plain answer is a reply to this message.
     */
    public static Outbound ask(String html, String placeholder, boolean protect) {
        return ask(html, placeholder, protect, null);
    }

    /** As {@link #ask(String, String, boolean)}, shown as a reply to {@code replyTo} (sent anyway if it is gone). */
    public static Outbound ask(String html, String placeholder, boolean protect, Integer replyTo) {
        return new Outbound(
                Kind.SEND,
                html,
                null,
                protect ? Boolean.TRUE : null,
                null,
                null,
                null,
                replyTo,
                null,
                Boolean.TRUE,
                placeholder,
                null,
                null,
                null);
    }

    /** The same call, delivered without sound or vibration. */
    public Outbound silently() {
        return new Outbound(
                kind,
                text,
                keyboard,
                protect,
                messageId,
                callbackId,
                alert,
                replyTo,
                messageIds,
                forceReply,
                placeholder,
                Boolean.TRUE,
                fileName,
                document);
    }

    enum Kind {
        SEND,
        EDIT,
        ANSWER_CALLBACK,
        DELETE,
        DELETE_MANY,
        LEAVE_CHAT,
        SEND_DOCUMENT,
        PIN
    }

    public static Outbound send(String html, Keyboard keyboard, boolean protect) {
        return new Outbound(Kind.SEND, html, keyboard, protect ? Boolean.TRUE : null, null, null, null, null);
    }

    /** A message shown as a reply to {@code replyTo} (sent anyway if that message is gone). */
    public static Outbound sendReplying(String html, Keyboard keyboard, boolean protect, int replyTo) {
        return new Outbound(Kind.SEND, html, keyboard, protect ? Boolean.TRUE : null, null, null, null, replyTo);
    }

    public static Outbound edit(int messageId, String html, Keyboard keyboard) {
        return new Outbound(Kind.EDIT, html, keyboard, null, messageId, null, null, null);
    }

    public static Outbound answer(String callbackId, String toast, boolean alert) {
        return new Outbound(
                Kind.ANSWER_CALLBACK, toast, null, null, null, callbackId, alert ? Boolean.TRUE : null, null);
    }

    public static Outbound delete(int messageId) {
        return new Outbound(Kind.DELETE, null, null, null, messageId, null, null, null);
    }

    /** Up to 100 messages of one chat at once (deleteMessages); ids Telegram cannot delete are skipped. */
    public static Outbound deleteMany(List<Integer> messageIds) {
        return new Outbound(Kind.DELETE_MANY, null, null, null, null, null, null, null, List.copyOf(messageIds));
    }

    /**
     * A text file uploaded as a document (sendDocument, multipart). Its {@code fileName} is shown to every
     * recipient, so it must name no one; {@code captionHtml} may be null.
     */
    public static Outbound document(String fileName, String content, String captionHtml, boolean protect) {
        return new Outbound(
                Kind.SEND_DOCUMENT,
                captionHtml,
                null,
                protect ? Boolean.TRUE : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                fileName,
                content);
    }

    /** Pins one of the bot's messages, silently (pinChatMessage). */
    public static Outbound pin(int messageId) {
        return new Outbound(Kind.PIN, null, null, null, messageId, null, null, null);
    }

    public static Outbound leaveChat() {
        return new Outbound(Kind.LEAVE_CHAT, null, null, null, null, null, null, null);
    }

    /** Whether Telegram counts this call against the overall message rate. */
    @JsonIgnore
    boolean countsGlobally() {
        return kind == Kind.SEND || kind == Kind.EDIT || kind == Kind.SEND_DOCUMENT;
    }

    /** Whether the call counts against the chat's own limit: Telegram counts edits like new messages. */
    boolean countsPerChat() {
        return kind == Kind.SEND || kind == Kind.EDIT || kind == Kind.SEND_DOCUMENT;
    }

    /** Whether the call puts a new message in the chat (one that /wipe may later delete). */
    @JsonIgnore
    boolean isNewMessage() {
        return kind == Kind.SEND || kind == Kind.SEND_DOCUMENT;
    }
}
