package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/**
 * Queues updates the fake did not build itself and makes the fake's state agree with them: a user who writes
 * in a raw update has started the bot (so the bot's answer is accepted), and a message in it exists in the chat
 * (so the bot can reply to it or delete it). The chat is found in the raw JSON even where the payload is
 * unreadable as a message (no {@code chat.type}, no {@code from.is_bot}).
 */
final class RawUpdates {

    private static final Set<String> NEW_MESSAGES = Set.of("message", "business_message", "guest_message");

    private final FakeContext ctx;

    RawUpdates(FakeContext ctx) {
        this.ctx = ctx;
    }

    long enqueue(String type, ObjectNode payload) {
        JsonNode chatNode = payload.has("chat")
                ? payload.get("chat")
                : payload.path("message").path("chat");
        long chatId = chatNode.path("id").asLong(0);
        if (chatId > 0) {
            FakeUser user = ctx.user(chatId);
            ctx.store.read(() -> {
                adopt(ctx.store.find(chatId), user, type, payload);
                return null;
            });
        }
        return ctx.enqueueUnchecked(type, payload.deepCopy());
    }

    private void adopt(FakeChat chat, FakeUser user, String type, ObjectNode payload) {
        if (chat.bot == FakeChat.Membership.NONE) {
            chat.bot = FakeChat.Membership.MEMBER;
        }
        JsonNode id = payload.get("message_id");
        if (!NEW_MESSAGES.contains(type) || id == null || !id.canConvertToInt() || id.asInt() <= 0) {
            return;
        }
        int messageId = id.asInt();
        chat.reserveMessageId(messageId);
        if (chat.message(messageId) != null) {
            return;
        }
        boolean fromUser = payload.path("from").path("id").asLong() == user.id();
        Instant sentAt =
                payload.path("date").canConvertToLong() && payload.path("date").asLong() > 0
                        ? Instant.ofEpochSecond(payload.path("date").asLong())
                        : ctx.clock.now();
        StoredMessage message =
                new StoredMessage(chat.id, messageId, fromUser ? user : null, false, sentAt, "raw", null);
        JsonNode text = payload.has("text") ? payload.get("text") : payload.get("caption");
        message.text = text == null ? null : text.asText();
        message.plainText = message.text;
        chat.messages.add(message);
    }
}
