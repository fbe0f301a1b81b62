package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * sendDocument as Telegram documents it: the file is uploaded with {@code multipart/form-data} (a
 * {@code document} part with a file name, which every recipient sees) or named by the {@code file_id} of a
 * file sent before; up to 50 MB, not empty; an optional caption of up to 1,024 characters after entity
 * parsing; {@code protect_content} like any message. It counts against the flood limits as a message does.
 */
final class DocumentMethods {

    static final int MAX_CAPTION = 1024;
    static final long MAX_UPLOAD = 50L * 1024 * 1024;
    private static final String ATTACH = "attach://";

    private final FakeContext ctx;

    DocumentMethods(FakeContext ctx) {
        this.ctx = ctx;
    }

    void register(Map<String, MethodHandler> handlers) {
        handlers.put("sendDocument", this::sendDocument);
    }

    private JsonNode sendDocument(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        long chatId = Params.chatId(p, "chat_id");
        UploadedFile upload = upload(call, Params.string(p, "document"));
        if (upload.size() == 0) {
            throw ApiError.badRequest("file must be non-empty");
        }
        if (upload.size() > MAX_UPLOAD) {
            throw new ApiError(413, "Request Entity Too Large", null);
        }
        String caption = Params.string(p, "caption");
        String parseMode = Params.string(p, "parse_mode");
        HtmlEntityParser.Parsed parsed = caption == null || caption.isEmpty()
                ? null
                : MessageMethods.parse(
                        caption, parseMode, MAX_CAPTION, "message caption is empty", "message caption is too long");
        Keyboards.Markup markup = Keyboards.parse(Params.json(ctx.mapper, p, "reply_markup"), false);
        UploadedFile file = upload;
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            ctx.checkCanSend(chat, "document");
            Integer replyTo = ctx.replyTarget(chat, p);
            ctx.rates.acquire(chatId, chat.isGroupLike(), call.method());
            String fileId = "BQACAgIAAxkBAAI"
                    + HexFormat.of()
                            .formatHex(java.nio.ByteBuffer.allocate(12)
                                    .putLong(chatId)
                                    .putInt(chat.lastMessageId() + 1)
                                    .array());
            ObjectNode media = ctx.wire.object();
            media.putObject("document")
                    .put("file_name", file.fileName())
                    .put("mime_type", mimeType(file))
                    .put("file_id", fileId)
                    .put("file_unique_id", "AgAD" + fileId.substring(fileId.length() - 12))
                    .put("file_size", file.size());
            StoredMessage message =
                    new StoredMessage(chat.id, chat.nextMessageId(), null, true, ctx.clock.now(), "document", media);
            message.markup = markup;
            message.protectContent = Params.bool(p, "protect_content");
            message.replyToMessageId = replyTo;
            message.upload = file;
            if (parsed != null) {
                message.text = caption;
                message.plainText = parsed.text();
                message.entities = parsed.entities();
                message.parseMode = parseMode;
            }
            chat.messages.add(message);
            ctx.uploads.put(fileId, file);
            chat.delivered.add("[document " + file.fileName() + "]" + (parsed == null ? "" : " " + parsed.text()));
            return ctx.wire.message(chat, message);
        });
    }

    /**
     * The file: a part of the request named {@code document} itself, or named by {@code attach://<part>} (as
     * TelegramBots sends it), or a file sent before named by its {@code file_id}; the fake fetches no URLs.
     */
    private UploadedFile upload(RecordedCall call, String document) throws ApiError {
        if (call.file("document") != null) {
            return call.file("document");
        }
        if (document != null && document.startsWith(ATTACH)) {
            UploadedFile attached = call.file(document.substring(ATTACH.length()));
            if (attached == null) {
                throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
            }
            return attached;
        }
        UploadedFile earlier = document == null ? null : ctx.uploads.get(document);
        if (earlier == null) {
            throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        return earlier;
    }

    /** The upload's own content type, unless it is the generic one; then the server's guess from the name. */
    private static String mimeType(UploadedFile file) {
        String declared = file.contentType() == null
                ? ""
                : file.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
            return declared;
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        if (name.endsWith(".md")) {
            return "text/markdown";
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }
}
