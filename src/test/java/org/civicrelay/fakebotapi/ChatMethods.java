package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** getMe, deleteWebhook, getUpdates, answerCallbackQuery, the command menu and leaveChat. */
final class ChatMethods {

    private static final Set<String> SCOPES = Set.of(
            "default",
            "all_private_chats",
            "all_group_chats",
            "all_chat_administrators",
            "chat",
            "chat_administrators",
            "chat_member");

    private final FakeContext ctx;

    ChatMethods(FakeContext ctx) {
        this.ctx = ctx;
    }

    void register(Map<String, MethodHandler> handlers) {
        handlers.put(
                "getMe",
                call -> ctx.wire
                        .botUser()
                        .put("can_join_groups", true)
                        .put("can_read_all_group_messages", !ctx.groupPrivacy)
                        .put("supports_inline_queries", false)
                        .put("can_connect_to_business", false)
                        .put("has_main_web_app", false));
        handlers.put("deleteWebhook", this::deleteWebhook);
        handlers.put("getUpdates", this::getUpdates);
        handlers.put("answerCallbackQuery", this::answerCallbackQuery);
        handlers.put("setMyCommands", this::setMyCommands);
        handlers.put("deleteMyCommands", this::deleteMyCommands);
        handlers.put("getMyCommands", this::getMyCommands);
        handlers.put("leaveChat", this::leaveChat);
    }

    private JsonNode deleteWebhook(RecordedCall call) {
        if (Params.bool(call.params(), "drop_pending_updates")) {
            ctx.queue.dropPending();
        }
        return BooleanNode.TRUE;
    }

    private JsonNode getUpdates(RecordedCall call) throws ApiError, InterruptedException {
        JsonNode p = call.params();
        Integer limit = Params.optInt(p, "limit");
        Integer timeout = Params.optInt(p, "timeout");
        return ctx.queue.poll(
                Params.optLong(p, "offset"),
                limit == null ? 100 : Math.max(1, Math.min(100, limit)),
                timeout == null ? 0 : Math.max(0, timeout),
                Params.optStrings(ctx.mapper, p, "allowed_updates"),
                ctx.faults::interruption);
    }

    private JsonNode answerCallbackQuery(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        ctx.callbacks.answer(
                Params.string(p, "callback_query_id"), Params.string(p, "text"), Params.bool(p, "show_alert"));
        return BooleanNode.TRUE;
    }

    private JsonNode setMyCommands(RecordedCall call) throws ApiError {
        JsonNode p = call.params();
        JsonNode list = Params.json(ctx.mapper, p, "commands");
        if (list == null || !list.isArray()) {
            throw ApiError.badRequest("can't parse commands JSON object");
        }
        if (list.size() > 100) {
            throw ApiError.badRequest("too many commands specified");
        }
        List<MenuCommand> commands = new ArrayList<>();
        for (JsonNode command : list) {
            String name = command.path("command").asText("");
            String description = command.path("description").asText("");
            if (!name.matches("[a-z0-9_]{1,32}")) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw ApiError.badRequest("command description must be non-empty and at most 256 characters");
            }
            commands.add(new MenuCommand(name, description));
        }
        ctx.commands.put(key(p), List.copyOf(commands));
        return BooleanNode.TRUE;
    }

    private JsonNode deleteMyCommands(RecordedCall call) throws ApiError {
        ctx.commands.remove(key(call.params()));
        return BooleanNode.TRUE;
    }

    private JsonNode getMyCommands(RecordedCall call) throws ApiError {
        ArrayNode result = ctx.wire.array();
        for (MenuCommand command : ctx.commands.getOrDefault(key(call.params()), List.of())) {
            result.addObject().put("command", command.command()).put("description", command.description());
        }
        return result;
    }

    /** {@code scope} and {@code language_code} as a map key: {@code "chat:-100123|ru"}. */
    private String key(JsonNode p) throws ApiError {
        JsonNode scope = Params.json(ctx.mapper, p, "scope");
        String language = Params.string(p, "language_code");
        if (language != null && !language.isEmpty() && !language.matches("[a-z]{2}")) {
            throw ApiError.badRequest("invalid language code specified");
        }
        return scopeKey(scope) + "|" + (language == null ? "" : language);
    }

    private String scopeKey(JsonNode scope) throws ApiError {
        if (scope == null) {
            return "default";
        }
        String type = scope.path("type").asText("");
        if (!SCOPES.contains(type)) {
            throw ApiError.badRequest("unsupported bot command scope type \"" + type + "\"");
        }
        if (!type.startsWith("chat")) {
            return type;
        }
        long chatId = Params.chatId(scope, "chat_id");
        if (ctx.store.find(chatId) == null) {
            throw ApiError.badRequest("chat not found");
        }
        Long userId = Params.optLong(scope, "user_id");
        return type + ":" + chatId + (type.equals("chat_member") ? ":" + userId : "");
    }

    private JsonNode leaveChat(RecordedCall call) throws ApiError {
        long chatId = Params.chatId(call.params(), "chat_id");
        return ctx.store.locked(() -> {
            FakeChat chat = ctx.writableChat(chatId);
            if (chat.isPrivate()) {
                throw ApiError.badRequest("chat member status can't be changed in private chats");
            }
            ctx.conversations.changeBotStatus(chat, ctx.wire.botUser(), FakeChat.Membership.LEFT);
            return BooleanNode.TRUE;
        });
    }
}
