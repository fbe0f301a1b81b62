package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A message in a fake chat, mutable under the {@link ChatStore} lock; tests see immutable snapshots. */
final class StoredMessage {

    final long chatId;
    final int messageId;
    /** The author, or {@code null} for the bot and for channel posts. */
    final FakeUser sender;

    final boolean fromBot;
    final Instant sentAt;
    final String kind;
    /** Media fields as the API shows them ({@code photo}, {@code contact}...), or {@code null}. */
    final ObjectNode media;

    String text;
    String plainText;
    String parseMode;
    List<TextEntity> entities = List.of();
    Keyboards.Markup markup = Keyboards.NONE;
    boolean protectContent;
    Integer replyToMessageId;
    int editCount;
    Instant editedAt;
    boolean deleted;
    /** The uploaded file of a document the bot sent, else {@code null}. */
    UploadedFile upload;

    StoredMessage(
            long chatId,
            int messageId,
            FakeUser sender,
            boolean fromBot,
            Instant sentAt,
            String kind,
            ObjectNode media) {
        this.chatId = chatId;
        this.messageId = messageId;
        this.sender = sender;
        this.fromBot = fromBot;
        this.sentAt = sentAt;
        this.kind = kind;
        this.media = media;
    }

    boolean visible() {
        return !deleted;
    }

    BotMessage toBotMessage() {
        JsonNode rawMarkup = markup.raw() == null ? null : markup.raw().deepCopy();
        return new BotMessage(
                chatId,
                messageId,
                text,
                plainText,
                parseMode,
                markup.buttons(),
                protectContent,
                replyToMessageId,
                editCount,
                deleted,
                rawMarkup,
                kind,
                sentAt);
    }

    SentDocument toSentDocument() {
        String fileName = media.path("document").path("file_name").asText();
        String mimeType = media.path("document").path("mime_type").asText();
        return new SentDocument(
                chatId, messageId, fileName, mimeType, upload.bytes(), plainText, protectContent, sentAt);
    }

    UserMessage toUserMessage() {
        return new UserMessage(
                chatId,
                messageId,
                sender == null ? null : sender.id(),
                kind,
                plainText,
                replyToMessageId,
                editCount,
                deleted,
                sentAt);
    }

    String describe() {
        StringBuilder line = new StringBuilder("#")
                .append(messageId)
                .append(' ')
                .append(fromBot ? "bot" : sender == null ? "channel" : "user " + sender.id())
                .append(' ');
        if (!"text".equals(kind)) {
            line.append('[').append(kind).append("] ");
        }
        if (parseMode != null) {
            line.append('[').append(parseMode).append("] ");
        }
        line.append('"')
                .append(plainText == null ? "" : plainText.replace("\n", "\\n"))
                .append('"');
        if (!markup.buttons().isEmpty()) {
            line.append(" buttons ")
                    .append(markup.buttons().stream()
                            .map(row -> row.stream()
                                    .map(b -> b.text() + (b.callbackData() == null ? "" : "|" + b.callbackData()))
                                    .toList())
                            .toList());
        } else if (markup.raw() != null) {
            line.append(" markup ").append(markup.raw());
        }
        if (replyToMessageId != null) {
            line.append(" (reply to #").append(replyToMessageId).append(')');
        }
        if (editCount > 0) {
            line.append(" (edited ").append(editCount).append("x)");
        }
        if (deleted) {
            line.append(" (deleted)");
        }
        return line.toString();
    }
}
