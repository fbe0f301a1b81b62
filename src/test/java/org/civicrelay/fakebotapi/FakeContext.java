package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/** The fake server's parts and shared state, handed to the HTTP front, the method handlers and the DSL. */
final class FakeContext {

    static final String BOT_USERNAME = "civic_relay_test_bot";
    static final String BOT_FIRST_NAME = "Civic Relay (test)";

    final String token;
    final long botId;
    final ObjectMapper mapper = new ObjectMapper();
    final ApiSchema schema = ApiSchema.shared();
    final FakeClock clock = new FakeClock();
    final ChatStore store = new ChatStore();
    final UpdateQueue queue = new UpdateQueue(mapper);
    final RateLimits rates = new RateLimits(clock);
    final CallLog log = new CallLog();
    final Callbacks callbacks = new Callbacks(clock);
    final Wire wire;
    final Conversations conversations;
    final GroupEvents groupEvents;
    /** Menu commands by scope key ({@code default}, {@code chat:-100...}) and {@code "|" + language}. */
    final Map<String, List<MenuCommand>> commands = new ConcurrentHashMap<>();

    final Map<String, Queue<ApiError>> injected = new ConcurrentHashMap<>();
    final Map<Long, FakeUser> users = new ConcurrentHashMap<>();
    /** Files the bot uploaded, by the file_id the fake gave them, so that a file can be sent again by id. */
    final Map<String, UploadedFile> uploads = new ConcurrentHashMap<>();
    /** Every update ever queued, as {@code {"<type>": payload}}: all that the bot was ever told, for leak checks. */
    final Queue<ObjectNode> history = new ConcurrentLinkedQueue<>();

    final FakeFaults faults = new FakeFaults(this);
    final RawUpdates rawUpdates = new RawUpdates(this);
    volatile boolean groupPrivacy = true;
    /** Whether users press buttons by label only (the callback data being the bot's business). */
    volatile boolean pressByLabelOnly;
    /** Runs after each update is queued: an in-process bot handles it before the user's action returns. */
    volatile Runnable afterEachUpdate = () -> {};

    FakeContext(String token) {
        int colon = token.indexOf(':');
        if (colon <= 0 || !token.substring(0, colon).matches("\\d{1,15}")) {
            throw new IllegalArgumentException("a bot token looks like 123456:secret");
        }
        this.token = token;
        this.botId = Long.parseLong(token.substring(0, colon));
        this.wire = new Wire(mapper, botId, BOT_USERNAME, BOT_FIRST_NAME);
        this.conversations = new Conversations(this);
        this.groupEvents = new GroupEvents(this);
    }

    /**
     * Queues an update after checking it carries every field api.json requires, since one incomplete update
     * breaks the TelegramBots deserializer for its whole batch.
     */
    long enqueue(String type, ObjectNode payload) {
        ObjectNode probe = mapper.createObjectNode().put("update_id", 1);
        probe.set(type, payload);
        List<String> missing = schema.missingRequiredFields("Update", probe);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the fake built an incomplete update, missing " + missing + ": " + probe);
        }
        return enqueueUnchecked(type, payload);
    }

    /** Queues an update as given, complete or not: for payloads the real server may send and the library may not read. */
    long enqueueUnchecked(String type, ObjectNode payload) {
        ObjectNode told = mapper.createObjectNode();
        told.set(type, payload.deepCopy());
        history.add(told);
        long updateId = queue.enqueue(type, payload);
        afterEachUpdate.run();
        return updateId;
    }

    /** The chat, if the bot may write into it; else the 400 or 403 the real server gives. Under the store lock. */
    FakeChat writableChat(long chatId) throws ApiError {
        FakeChat chat = existingChat(chatId);
        return switch (chat.bot) {
            case MEMBER, RESTRICTED -> chat;
            case NONE ->
                throw chat.isPrivate()
                        ? ApiError.forbidden("bot can't initiate conversation with a user")
                        : ApiError.forbidden("bot is not a member of the " + chat.kindForErrors());
            case KICKED ->
                throw chat.isPrivate()
                        ? ApiError.forbidden("bot was blocked by the user")
                        : ApiError.forbidden("bot was kicked from the " + chat.kindForErrors());
            case LEFT -> throw ApiError.forbidden("bot is not a member of the " + chat.kindForErrors());
            case DEACTIVATED -> throw ApiError.forbidden("user is deactivated");
        };
    }

    /** The chat, or the 400 the server gives for a chat it does not know or one upgraded to a supergroup. */
    FakeChat existingChat(long chatId) throws ApiError {
        FakeChat chat = store.find(chatId);
        if (chat == null) {
            throw ApiError.badRequest("chat not found");
        }
        if (chat.migratedTo != null) {
            throw ApiError.migrated(chat.migratedTo);
        }
        return chat;
    }

    /**
     * Whether the bot may post {@code kind} here: a restricted member may not, nor may anyone but administrators
     * where the group's default permissions forbid members to post.
     */
    void checkCanSend(FakeChat chat, String kind) throws ApiError {
        checkChannelAdmin(chat);
        boolean forbiddenToAll = !chat.membersMaySend && !chat.botAdmin;
        if (chat.bot == FakeChat.Membership.RESTRICTED || forbiddenToAll) {
            String what = switch (kind) {
                case "text" -> "text messages";
                case "photo" -> "photos";
                case "document" -> "documents";
                case "voice" -> "voice notes";
                default -> "messages";
            };
            throw ApiError.badRequest("not enough rights to send " + what + " to the chat");
        }
    }

    /** Only a channel's administrators post and edit there: a bot that is merely in it may not. */
    void checkChannelAdmin(FakeChat chat) throws ApiError {
        if ("channel".equals(chat.type) && !chat.botAdmin) {
            throw ApiError.badRequest("need administrator rights in the channel chat");
        }
    }

    /** {@code reply_parameters} (or the older {@code reply_to_message_id}); the replied message must exist. */
    Integer replyTarget(FakeChat chat, com.fasterxml.jackson.databind.JsonNode p) throws ApiError {
        com.fasterxml.jackson.databind.JsonNode reply = Params.json(mapper, p, "reply_parameters");
        Integer messageId =
                reply != null ? Params.optInt(reply, "message_id") : Params.optInt(p, "reply_to_message_id");
        if (messageId == null) {
            return null;
        }
        boolean allowWithout = reply != null
                ? Params.bool(reply, "allow_sending_without_reply")
                : Params.bool(p, "allow_sending_without_reply");
        StoredMessage replied = chat.message(messageId);
        if (replied == null || replied.deleted) {
            if (allowWithout) {
                return null;
            }
            throw ApiError.badRequest("message to be replied not found");
        }
        return messageId;
    }

    FakeUser user(long id) {
        return users.computeIfAbsent(id, key -> {
            FakeUser user = new FakeUser(this, key);
            store.getOrCreate(key, () -> new FakeChat(key, "private", user, null, FakeChat.Membership.NONE));
            return user;
        });
    }

    String describeChat(long chatId) {
        FakeChat chat = store.find(chatId);
        String history = chat == null ? "chat " + chatId + " does not exist in the fake\n" : store.read(chat::describe);
        return history + describeRejections();
    }

    String describe() {
        String chats =
                store.read(() -> store.all().stream().map(FakeChat::describe).collect(Collectors.joining()));
        return chats + "pending updates: " + queue.pendingCount() + ", confirmed up to " + queue.confirmedUpdateId()
                + "\n" + describeRejections();
    }

    private String describeRejections() {
        List<RejectedCall> rejected = log.rejected();
        if (rejected.isEmpty()) {
            return "no rejected calls\n";
        }
        return "rejected calls (last 20 of " + rejected.size() + "):\n"
                + rejected.stream()
                        .skip(Math.max(0, rejected.size() - 20))
                        .map(r -> "  " + r.method() + " -> " + r.errorCode() + " " + r.description() + "\n")
                        .collect(Collectors.joining());
    }
}
