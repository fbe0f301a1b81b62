package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Updates shaped like the real server's but newer than TelegramBots 10.2.0, or broken, for
 * {@link FakeTelegram#enqueueRawUpdate(RawUpdate)}: Telegram ships Bot API versions before the library
 * follows, and the bot must neither stall on an update it cannot read nor drop the user who sent it.
 * Each is addressed to {@code user}'s private chat (a user who, by writing, has started the bot) with a fresh
 * message id of that chat; shapes follow api.json (Bot API 10.1) where the type exists there.
 *
 * <p>What TelegramBots 10.2.0's own mapping ({@code new ObjectMapper().readValue(json, Update.class)}) does
 * with each is noted per method and pinned by {@code NewerApiPayloadsTest}. The library ignores unknown fields
 * everywhere (its {@code BotApiObject} ignores unknown properties, {@code Update} included) and reads an
 * unknown value of a polymorphic field ({@code forward_origin.type}, {@code status}, reaction {@code type}) as
 * {@code null}; it fails only where a {@code null} meets one of its {@code @NonNull} fields. api.json 10.1 has
 * no {@code Message} field the library lacks; the one real newer field on the way is
 * {@code Chat.is_direct_messages}.
 */
public final class NewerApiPayloads {

    private NewerApiPayloads() {}

    /**
     * A forwarded text whose {@code forward_origin.type} is {@code "future_origin"}, with fields of its own.
     * Library 10.2.0: reads fine; {@code getForwardOrigin()} is {@code null}.
     */
    public static RawUpdate forwardWithFutureOrigin(FakeUser user, String text) {
        ObjectNode message = textMessage(user, text);
        ObjectNode origin =
                message.putObject("forward_origin").put("type", "future_origin").put("date", now(user) - 3_600);
        origin.putObject("future_sender").put("kind", "assistant").put("display_name", "Summary Agent");
        return new RawUpdate("message", message);
    }

    /**
     * A {@code my_chat_member} in the private chat whose {@code new_chat_member.status} is {@code "future_status"}.
     * Library 10.2.0: reads fine; {@code getNewChatMember()} is {@code null}.
     */
    public static RawUpdate myChatMemberWithFutureStatus(FakeUser user) {
        FakeContext ctx = user.context();
        ObjectNode update = ctx.wire.object();
        update.set("chat", chat(user));
        update.set("from", ctx.wire.user(user));
        update.put("date", now(user));
        update.set("old_chat_member", ctx.wire.member("member", ctx.wire.botUser()));
        ObjectNode member = update.putObject("new_chat_member").put("status", "future_status");
        member.set("user", ctx.wire.botUser());
        member.put("until_date", 0).putObject("future_rights").put("can_summarize_chat", true);
        return new RawUpdate("my_chat_member", update);
    }

    /**
     * A message with no text, only an object no library knows ({@code quantum_poll}).
     * Library 10.2.0: reads fine; a Message with nothing but ids, sender and chat.
     */
    public static RawUpdate unknownObjectWithoutText(FakeUser user) {
        ObjectNode message = baseMessage(user);
        ObjectNode poll =
                message.putObject("quantum_poll").put("id", "qp-" + user.id()).put("question", "Both?");
        ArrayNode states = poll.putArray("states");
        states.addObject().put("text", "yes").put("amplitude", 0.7071);
        states.addObject().put("text", "no").put("amplitude", 0.7071);
        poll.put("collapses_at", now(user) + 60);
        return new RawUpdate("message", message);
    }

    /**
     * A text with fields newer than the library: a reply quoting a channel's direct-messages chat
     * ({@code external_reply.chat.is_direct_messages}, Bot API 9.2, which the library's {@code Chat} lacks) and
     * invented top-level fields ({@code future_text_style}, {@code future_summary}).
     * Library 10.2.0: reads fine; the new fields are dropped.
     */
    public static RawUpdate textWithNewerFields(FakeUser user, String text) {
        ObjectNode message = textMessage(user, text);
        long channelId = -1_002_345_678_901L;
        ObjectNode reply = message.putObject("external_reply");
        ObjectNode origin = reply.putObject("origin").put("type", "channel").put("date", now(user) - 600);
        origin.putObject("chat").put("id", channelId).put("type", "channel").put("title", "Civic news");
        origin.put("message_id", 42);
        reply.putObject("chat")
                .put("id", channelId - 1)
                .put("type", "supergroup")
                .put("title", "Civic news: messages")
                .put("is_direct_messages", true);
        reply.put("message_id", 42);
        message.putObject("future_text_style").put("font", "serif").put("size", "large");
        message.put("future_summary", "A short summary a future client attached");
        return new RawUpdate("message", message);
    }

    /**
     * A text whose {@code entities} hold a type no library knows ({@code "future_entity"}) over the whole text,
     * after the {@code bot_command} entities Telegram marks.
     * Library 10.2.0: reads fine; the entity keeps its unknown type string.
     */
    public static RawUpdate textWithFutureEntity(FakeUser user, String text) {
        ObjectNode message = textMessage(user, text);
        FakeContext ctx = user.context();
        ArrayNode entities = ctx.wire.entities(Conversations.commandEntities(text));
        entities.addObject()
                .put("type", "future_entity")
                .put("offset", 0)
                .put("length", text.length())
                .putObject("future_payload")
                .put("tone", "urgent");
        message.set("entities", entities);
        return new RawUpdate("message", message);
    }

    /**
     * A {@code message_reaction} on message {@code messageId} of the private chat: an emoji and a reaction of type
     * {@code "future_reaction"}. Delivered only if the bot asked for {@code message_reaction} in
     * {@code allowed_updates}, as on the real server.
     * Library 10.2.0: reads fine; the new reaction is a {@code null} element of {@code getNewReaction()}.
     */
    public static RawUpdate reactionWithFutureType(FakeUser user, int messageId) {
        FakeContext ctx = user.context();
        ObjectNode reaction = ctx.wire.object();
        reaction.set("chat", chat(user));
        reaction.put("message_id", messageId);
        reaction.set("user", ctx.wire.user(user));
        reaction.put("date", now(user));
        reaction.putArray("old_reaction");
        ArrayNode added = reaction.putArray("new_reaction");
        added.addObject().put("type", "emoji").put("emoji", "\uD83D\uDC4D");
        added.addObject().put("type", "future_reaction").put("future_sticker_id", "5368324170671202286");
        return new RawUpdate("message_reaction", reaction);
    }

    /**
     * An update of a kind no library knows, {@code "future_update"}, about the private chat.
     * Library 10.2.0: reads fine as an {@code Update} with only its id set.
     */
    public static RawUpdate futureUpdateKind(FakeUser user) {
        FakeContext ctx = user.context();
        ObjectNode body = ctx.wire.object();
        body.set("chat", chat(user));
        body.set("from", ctx.wire.user(user));
        body.put("date", now(user));
        body.putObject("future_payload").put("kind", "presence").put("online", true);
        return new RawUpdate("future_update", body);
    }

    /**
     * A press on {@code message} (a bot message in the user's private chat) whose {@code message} carries an
     * unknown nested object; the fake knows the query id, so the bot can answer it.
     * Library 10.2.0: reads fine; the unknown object is dropped.
     */
    public static RawUpdate callbackWithUnknownNestedObject(FakeUser user, BotMessage message, String data) {
        FakeContext ctx = user.context();
        ObjectNode shown = ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(message.chatId());
            StoredMessage stored = chat == null ? null : chat.message(message.messageId());
            if (stored == null || !stored.fromBot || chat.id != user.id()) {
                throw new IllegalArgumentException("not a bot message in " + user + "'s private chat: " + message);
            }
            return ctx.wire.message(chat, stored);
        });
        ObjectNode attachment = shown.putObject("future_attachment").put("kind", "hologram");
        attachment
                .putArray("layers")
                .addObject()
                .put("depth", 1)
                .putObject("material")
                .put("name", "glass");
        CallbackPress press = ctx.callbacks.issue(user.id(), message.chatId(), message.messageId(), data);
        ObjectNode query = ctx.wire.object().put("id", press.id());
        query.set("from", ctx.wire.user(user));
        query.set("message", shown);
        query.put("chat_instance", Long.toString(Math.abs(message.chatId() * 7919L + 104729L)));
        query.put("data", data);
        return new RawUpdate("callback_query", query);
    }

    /**
     * A service message: the user set a chat background of a type no library knows ({@code "future_background"}).
     * Library 10.2.0: fails with {@code JsonMappingException} ("type is marked non-null but is null").
     */
    public static RawUpdate chatBackgroundOfFutureType(FakeUser user) {
        ObjectNode message = baseMessage(user);
        message.putObject("chat_background_set")
                .putObject("type")
                .put("type", "future_background")
                .put("dark_theme_dimming", 20)
                .putObject("future_shader")
                .put("name", "aurora");
        return new RawUpdate("message", message);
    }

    /**
     * A service message: the user sent the bot a gift, valid by api.json (Bot API 10.1), where
     * {@code convert_star_count} is optional and here absent.
     * Library 10.2.0: fails with {@code ValueInstantiationException} ("convertStarCount is marked non-null").
     */
    public static RawUpdate giftWithoutConvertStarCount(FakeUser user) {
        ObjectNode message = baseMessage(user);
        ObjectNode info = message.putObject("gift");
        ObjectNode gift = info.putObject("gift").put("id", "5170145012310081615");
        gift.putObject("sticker")
                .put("file_id", "CAACAgIAAxUAAWfuture")
                .put("file_unique_id", "AgADfuture")
                .put("type", "regular")
                .put("width", 512)
                .put("height", 512)
                .put("is_animated", true)
                .put("is_video", false);
        gift.put("star_count", 15);
        info.put("owned_gift_id", "owned-" + user.id()).put("text", "Thank you for listening");
        return new RawUpdate("message", message);
    }

    /**
     * A text message whose {@code chat} has no {@code type}: unreadable as a message, though {@code chat.id} is
     * still in the JSON.
     * Library 10.2.0: fails with {@code ValueInstantiationException} ("type is marked non-null but is null").
     */
    public static RawUpdate messageWithoutChatType(FakeUser user, String text) {
        ObjectNode message = textMessage(user, text);
        ((ObjectNode) message.get("chat")).remove("type");
        return new RawUpdate("message", message);
    }

    /**
     * A text message whose sender has no {@code is_bot}: unreadable as a message, though {@code chat.id} and
     * {@code from.id} are still in the JSON.
     * Library 10.2.0: fails with {@code ValueInstantiationException} ("isBot is marked non-null but is null").
     */
    public static RawUpdate messageFromUserWithoutIsBot(FakeUser user, String text) {
        ObjectNode message = textMessage(user, text);
        ((ObjectNode) message.get("from")).remove("is_bot");
        return new RawUpdate("message", message);
    }

    private static ObjectNode textMessage(FakeUser user, String text) {
        ObjectNode message = baseMessage(user).put("text", text);
        if (!Conversations.commandEntities(text).isEmpty()) {
            message.set("entities", user.context().wire.entities(Conversations.commandEntities(text)));
        }
        return message;
    }

    /** message_id, from, chat and date: what every message in a private chat carries. */
    private static ObjectNode baseMessage(FakeUser user) {
        FakeContext ctx = user.context();
        ObjectNode message = ctx.wire
                .object()
                .put("message_id", ctx.store.read(() -> privateChat(user).nextMessageId()));
        message.set("from", ctx.wire.user(user));
        message.set("chat", chat(user));
        message.put("date", now(user));
        return message;
    }

    private static ObjectNode chat(FakeUser user) {
        FakeContext ctx = user.context();
        return ctx.store.read(() -> ctx.wire.chat(privateChat(user)));
    }

    private static FakeChat privateChat(FakeUser user) {
        return user.context().store.find(user.id());
    }

    private static long now(FakeUser user) {
        return user.context().clock.epochSeconds();
    }
}
