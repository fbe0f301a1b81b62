package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.Map;

/**
 * pinChatMessage and unpinChatMessage: any message in a private chat; in groups and channels only an
 * administrator bot ({@code can_pin_messages}, or {@code can_edit_messages} in a channel) may pin. A chat can
 * have several pinned messages; getChat shows the most recent one.
 */
final class PinMethods {

    private final FakeContext ctx;

    PinMethods(FakeContext ctx) {
        this.ctx = ctx;
    }

    void register(Map<String, MethodHandler> handlers) {
        handlers.put("pinChatMessage", call -> pin(call, true));
        handlers.put("unpinChatMessage", call -> pin(call, false));
    }

    private JsonNode pin(RecordedCall call, boolean pin) throws ApiError {
        JsonNode p = call.params();
        long chatId = Params.chatId(p, "chat_id");
        Integer messageId = Params.optInt(p, "message_id");
        if (pin && (messageId == null || messageId <= 0)) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            if (!chat.isPrivate() && !chat.botAdmin) {
                throw ApiError.badRequest("not enough rights to manage pinned messages in the chat");
            }
            if (!pin) {
                if (messageId == null) {
                    chat.pinned.clear();
                } else {
                    chat.pinned.remove(messageId);
                }
                return BooleanNode.TRUE;
            }
            StoredMessage message = chat.message(messageId);
            if (message == null || message.deleted) {
                throw ApiError.badRequest("message to pin not found");
            }
            chat.pinned.remove(messageId);
            chat.pinned.add(messageId);
            return BooleanNode.TRUE;
        });
    }
}
