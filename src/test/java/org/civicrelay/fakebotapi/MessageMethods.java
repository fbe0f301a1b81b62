package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** sendMessage, copyMessage, editMessageText, editMessageReplyMarkup, deleteMessage(s), with the server's rules. */
final class MessageMethods {

    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final Duration DELETE_WINDOW = Duration.ofHours(48);

    private final FakeContext ctx;

    MessageMethods(FakeContext ctx) {
        this.ctx = ctx;
    }

    void register(Map<String, MethodHandler> handlers) {
        handlers.put("sendMessage", this::sendMessage);
        handlers.put("copyMessage", this::copyMessage);
        handlers.put("editMessageText", this::editMessageText);
        handlers.put("editMessageReplyMarkup", this::editMessageReplyMarkup);
        handlers.put("deleteMessage", this::deleteMessage);
        handlers.put("deleteMessages", this::deleteMessages);
    }

    private JsonNode sendMessage(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        long chatId = Params.chatId(p, "chat_id");
        String text = Params.string(p, "text");
        String parseMode = Params.string(p, "parse_mode");
        HtmlEntityParser.Parsed parsed =
                parse(text, parseMode, MAX_TEXT, "message text is empty", "message is too long");
        Keyboards.Markup markup = Keyboards.parse(Params.json(ctx.mapper, p, "reply_markup"), false);
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            ctx.checkCanSend(chat, "text");
            Integer replyTo = replyTarget(chat, p);
            ctx.rates.acquire(chatId, chat.isGroupLike(), call.method());
            StoredMessage message = botMessage(chat, "text", p, replyTo, markup);
            message.text = text;
            message.plainText = parsed.text();
            message.entities = parsed.entities();
            message.parseMode = parseMode;
            chat.delivered.add(parsed.text());
            return ctx.wire.message(chat, message);
        });
    }

    private JsonNode copyMessage(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        long chatId = Params.chatId(p, "chat_id");
        long fromChatId = Params.chatId(p, "from_chat_id");
        int messageId = Params.messageId(p, "message_id");
        String caption = Params.string(p, "caption");
        String parseMode = Params.string(p, "parse_mode");
        HtmlEntityParser.Parsed parsedCaption = caption == null || caption.isEmpty()
                ? null
                : parse(caption, parseMode, MAX_CAPTION, "message caption is empty", "message caption is too long");
        Keyboards.Markup markup = Keyboards.parse(Params.json(ctx.mapper, p, "reply_markup"), false);
        return ctx.store.locked(() -> {
            FakeChat source = ctx.existingChat(fromChatId);
            StoredMessage original = source.message(messageId);
            if (original == null || original.deleted) {
                throw ApiError.badRequest("message to copy not found");
            }
            FakeChat target = ctx.writableChat(chatId);
            ctx.checkCanSend(target, original.kind);
            Integer replyTo = replyTarget(target, p);
            ctx.rates.acquire(chatId, target.isGroupLike(), call.method());
            StoredMessage copy = botMessage(
                    target,
                    original.kind,
                    p,
                    replyTo,
                    markup,
                    original.media == null ? null : original.media.deepCopy());
            boolean textMessage = "text".equals(original.kind);
            if (!textMessage && caption != null) {
                copy.text = caption.isEmpty() ? null : caption;
                copy.plainText = parsedCaption == null ? null : parsedCaption.text();
                copy.entities = parsedCaption == null ? List.of() : parsedCaption.entities();
                copy.parseMode = parseMode;
            } else {
                copy.text = original.plainText;
                copy.plainText = original.plainText;
                copy.entities = original.entities;
            }
            target.delivered.add(copy.plainText == null ? "[" + copy.kind + "]" : copy.plainText);
            return ctx.wire.object().put("message_id", copy.messageId);
        });
    }

    private JsonNode editMessageText(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        if (p.hasNonNull("inline_message_id") || (!p.hasNonNull("text") && p.hasNonNull("rich_message"))) {
            ctx.log.unimplemented(call);
            return BooleanNode.TRUE;
        }
        long chatId = Params.chatId(p, "chat_id");
        int messageId = Params.messageId(p, "message_id");
        String text = Params.string(p, "text");
        String parseMode = Params.string(p, "parse_mode");
        HtmlEntityParser.Parsed parsed =
                parse(text, parseMode, MAX_TEXT, "message text is empty", "message is too long");
        Keyboards.Markup markup = Keyboards.parse(Params.json(ctx.mapper, p, "reply_markup"), true);
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            ctx.checkChannelAdmin(chat);
            StoredMessage message = editable(chat, messageId);
            if (!"text".equals(message.kind)) {
                throw ApiError.badRequest("there is no text in the message to edit");
            }
            if (Objects.equals(message.plainText, parsed.text())
                    && message.entities.equals(parsed.entities())
                    && Objects.equals(message.markup.inlineRaw(), markup.inlineRaw())) {
                throw notModified();
            }
            ctx.rates.acquire(chatId, chat.isGroupLike(), call.method());
            message.text = text;
            message.plainText = parsed.text();
            message.entities = parsed.entities();
            message.parseMode = parseMode;
            // Without reply_markup an edit removes the inline keyboard, as on the real server.
            message.markup = markup.inline() || message.markup.inline() ? markup : message.markup;
            edited(chat, message);
            chat.delivered.add(parsed.text());
            return ctx.wire.message(chat, message);
        });
    }

    private JsonNode editMessageReplyMarkup(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        if (p.hasNonNull("inline_message_id")) {
            ctx.log.unimplemented(call);
            return BooleanNode.TRUE;
        }
        long chatId = Params.chatId(p, "chat_id");
        int messageId = Params.messageId(p, "message_id");
        Keyboards.Markup markup = Keyboards.parse(Params.json(ctx.mapper, p, "reply_markup"), true);
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            StoredMessage message = editable(chat, messageId);
            if (Objects.equals(message.markup.inlineRaw(), markup.inlineRaw())) {
                throw notModified();
            }
            message.markup = markup;
            edited(chat, message);
            return ctx.wire.message(chat, message);
        });
    }

    private JsonNode deleteMessage(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        long chatId = Params.chatId(p, "chat_id");
        int messageId = Params.messageId(p, "message_id");
        return ctx.store.locked(() -> {
            delete(ctx.writableChat(chatId), messageId, ctx.clock.now());
            return BooleanNode.TRUE;
        });
    }

    /** Deletes what it can and skips the rest, as documented ("If some ... can't be found, they are skipped"). */
    private JsonNode deleteMessages(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        long chatId = Params.chatId(p, "chat_id");
        JsonNode ids = Params.json(ctx.mapper, p, "message_ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw ApiError.badRequest("message identifiers are not specified");
        }
        if (ids.size() > 100) {
            throw ApiError.badRequest("too many message identifiers specified");
        }
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            Instant now = ctx.clock.now();
            for (JsonNode id : ids) {
                try {
                    delete(chat, id.asInt(), now);
                } catch (ApiError skipped) {
                    // documented: messages that can't be deleted are skipped
                }
            }
            return BooleanNode.TRUE;
        });
    }

    private static void delete(FakeChat chat, int messageId, Instant now) throws ApiError {
        StoredMessage message = chat.message(messageId);
        if (message == null || message.deleted) {
            throw ApiError.badRequest("message to delete not found");
        }
        if (!canDelete(chat, message, now)) {
            throw ApiError.badRequest("message can't be deleted");
        }
        message.deleted = true;
    }

    /** The rules documented for deleteMessage, with the bot admin standing for can_delete_messages. */
    private static boolean canDelete(FakeChat chat, StoredMessage message, Instant now) {
        if (chat.botAdmin && !chat.type.equals("group") && !chat.isPrivate()) {
            return true;
        }
        if (Duration.between(message.sentAt, now).compareTo(DELETE_WINDOW) >= 0) {
            return false;
        }
        return chat.isPrivate() || message.fromBot || chat.botAdmin;
    }

    private StoredMessage editable(FakeChat chat, int messageId) throws ApiError {
        StoredMessage message = chat.message(messageId);
        if (message == null || message.deleted) {
            throw ApiError.badRequest("message to edit not found");
        }
        if (!message.fromBot) {
            throw ApiError.badRequest("message can't be edited");
        }
        return message;
    }

    private void edited(FakeChat chat, StoredMessage message) {
        message.editCount++;
        message.editedAt = ctx.clock.now();
    }

    private static ApiError notModified() {
        return ApiError.badRequest("message is not modified: specified new message content and reply markup are"
                + " exactly the same as a current content and reply markup of the message");
    }

    private StoredMessage botMessage(FakeChat chat, String kind, JsonNode p, Integer replyTo, Keyboards.Markup markup) {
        return botMessage(chat, kind, p, replyTo, markup, null);
    }

    private StoredMessage botMessage(
            FakeChat chat,
            String kind,
            JsonNode p,
            Integer replyTo,
            Keyboards.Markup markup,
            com.fasterxml.jackson.databind.node.ObjectNode media) {
        StoredMessage message =
                new StoredMessage(chat.id, chat.nextMessageId(), null, true, ctx.clock.now(), kind, media);
        message.markup = markup;
        message.protectContent = Params.bool(p, "protect_content");
        message.replyToMessageId = replyTo;
        chat.messages.add(message);
        return message;
    }

    private Integer replyTarget(FakeChat chat, JsonNode p) throws ApiError {
        return ctx.replyTarget(chat, p);
    }

    /** Entity parsing and the length rules, measured in UTF-16 code units after parsing. */
    static HtmlEntityParser.Parsed parse(
            String text, String parseMode, int maxLength, String emptyError, String tooLongError) throws ApiError {
        if (text == null) {
            throw ApiError.badRequest(emptyError);
        }
        HtmlEntityParser.Parsed parsed;
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        switch (mode) {
            case "" -> parsed = new HtmlEntityParser.Parsed(text, List.of());
            case "html" -> parsed = HtmlEntityParser.parse(text);
            // Markdown is not checked by the fake: the text is kept as sent.
            case "markdown", "markdownv2" -> parsed = new HtmlEntityParser.Parsed(text, List.of());
            default -> throw ApiError.badRequest("unsupported parse_mode");
        }
        if (parsed.text().isBlank()) {
            throw ApiError.badRequest(emptyError);
        }
        if (parsed.text().length() > maxLength) {
            throw ApiError.badRequest(tooLongError);
        }
        return parsed;
    }
}
