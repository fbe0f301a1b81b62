package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * getChat and getChatMember, which a bot uses to learn whether it can still post somewhere; they answer the
 * same 400s and 403s as sending would, so a check and a send never disagree.
 */
final class ChatInfoMethods {

    /** The server's default for chats that set no limit of their own. */
    private static final int MAX_REACTION_COUNT = 11;
    /** Telegram's seven built-in accent colors (ids 0-6). */
    private static final int ACCENT_COLORS = 7;

    private final FakeContext ctx;

    ChatInfoMethods(FakeContext ctx) {
        this.ctx = ctx;
    }

    void register(Map<String, MethodHandler> handlers) {
        handlers.put("getChat", this::getChat);
        handlers.put("getChatMember", this::getChatMember);
    }

    private JsonNode getChat(RecordedCall call) throws ApiError {
        long chatId = Params.chatId(call.params(), "chat_id");
        return ctx.store.locked(() -> fullInfo(visibleChat(chatId)));
    }

    private JsonNode getChatMember(RecordedCall call) throws ApiError {
        long chatId = Params.chatId(call.params(), "chat_id");
        Long userId = Params.optLong(call.params(), "user_id");
        if (userId == null || userId <= 0) {
            throw ApiError.badRequest("invalid user_id specified");
        }
        return ctx.store.locked(() -> {
            FakeChat chat = visibleChat(chatId);
            if (userId == ctx.botId) {
                com.fasterxml.jackson.databind.node.ObjectNode member =
                        ctx.wire.member(botStatus(chat), ctx.wire.botUser());
                if ("channel".equals(chat.type) && chat.botAdmin) {
                    // rights that only channels' administrators have (api.json: "channels only")
                    member.put("can_post_messages", true).put("can_edit_messages", true);
                }
                return member;
            }
            FakeUser user = ctx.users.get(userId);
            if (user == null) {
                throw ApiError.badRequest("user not found");
            }
            boolean member = chat.isPrivate() ? chat.id == userId : chat.members.contains(userId);
            return ctx.wire.member(member ? "member" : "left", ctx.wire.user(user));
        });
    }

    /**
     * The chat if the bot may look at it. Telegram refuses a group the bot is no longer in exactly as it refuses
     * a message to it, so the bot's own "left" or "kicked" status is only ever seen in {@code my_chat_member}
     * updates, never in an answer. A private chat is visible once the user has written, blocked or not.
     */
    private FakeChat visibleChat(long chatId) throws ApiError {
        FakeChat chat = ctx.existingChat(chatId);
        if (chat.isPrivate()) {
            if (chat.bot == FakeChat.Membership.NONE) {
                throw ApiError.badRequest("chat not found");
            }
            return chat;
        }
        return ctx.writableChat(chatId);
    }

    private static String botStatus(FakeChat chat) {
        if (chat.bot == FakeChat.Membership.RESTRICTED) {
            return "restricted";
        }
        return chat.botAdmin ? "administrator" : "member";
    }

    /** A ChatFullInfo with every field api.json requires, and the group's default member permissions. */
    private ObjectNode fullInfo(FakeChat chat) {
        ObjectNode node = ctx.wire.chat(chat);
        node.put("accent_color_id", Math.floorMod(chat.id, ACCENT_COLORS))
                .put("max_reaction_count", MAX_REACTION_COUNT);
        boolean person = chat.isPrivate();
        node.putObject("accepted_gift_types")
                .put("unlimited_gifts", person)
                .put("limited_gifts", person)
                .put("unique_gifts", person)
                .put("premium_subscription", person)
                .put("gifts_from_channels", person);
        if (chat.isGroupLike() && !"channel".equals(chat.type)) {
            ctx.wire.permissions(node.putObject("permissions"), chat.membersMaySend);
        }
        StoredMessage pinned = chat.pinned.stream()
                .reduce((first, second) -> second)
                .map(chat::message)
                .filter(StoredMessage::visible)
                .orElse(null);
        if (pinned != null) {
            node.set("pinned_message", ctx.wire.message(chat, pinned));
        }
        return node;
    }
}
