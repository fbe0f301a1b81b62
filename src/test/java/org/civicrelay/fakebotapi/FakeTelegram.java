package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: it speaks the protocol the TelegramBots
 * client speaks, applies the real server's rules (api.json's required fields, HTML entity parsing, length
 * and {@code callback_data} limits, 403 for users who never started or blocked the bot, flood control with
 * {@code retry_after}), and lets tests play users with {@link #user(long)} and {@link #group(long, String)}.
 *
 * <pre>{@code
 * try (FakeTelegram fake = FakeTelegram.start("123:TEST-token")) {
 *     FakeUser alice = fake.user(710_000_001L);
 *     alice.send("/start");
 *     BotMessage welcome = alice.awaitMessageContaining("Welcome", Duration.ofSeconds(10));
 *     alice.press(welcome, "Send");
 *     assertThat(fake.rejectedCalls()).isEmpty();
 * }
 * }</pre>
 *
 * Method names in queries ({@link #callCount(String)} and the like) are case-insensitive. Times are on the
 * fake's clock, which {@link #advanceClock(Duration)} moves forward. Owners' actions on groups (upgrade to a
 * supergroup, removing or restricting the bot) are on {@link FakeGroup}; failures of the server and the network
 * on {@link #faults()}; updates newer than the library, or broken, go in through
 * {@link #enqueueRawUpdate(RawUpdate)} and {@link NewerApiPayloads}.
 *
 * <p>{@link #inProcess(String)} makes the same fake without a server, for a bot that runs in the test's own
 * thread: its Bot API calls come in through {@link #answer}, and {@link #afterEachUpdate} lets it handle each
 * update before the user's action returns, so that a test reads the answer at once instead of waiting for it.
 */
public final class FakeTelegram implements AutoCloseable {

    private static final Set<String> GROUP_TYPES = Set.of("group", "supergroup");

    private final FakeContext ctx;
    private final HttpFront front;
    private final FakeServer server;

    private FakeTelegram(FakeContext ctx, HttpFront front, FakeServer server) {
        this.ctx = ctx;
        this.front = front;
        this.server = server;
    }

    /** Starts a fake for the bot with this token on an ephemeral port of 127.0.0.1. */
    public static FakeTelegram start(String token) {
        FakeContext ctx = new FakeContext(token);
        HttpFront front = new HttpFront(ctx);
        return new FakeTelegram(ctx, front, FakeServer.start(front));
    }

    /**
     * A fake with no server and no thread of its own, for a bot in the same process: requests go to
     * {@link #answer}. Everything else (users, groups, rules, queries) is as in a started fake.
     */
    public static FakeTelegram inProcess(String token) {
        FakeContext ctx = new FakeContext(token);
        return new FakeTelegram(ctx, new HttpFront(ctx), null);
    }

    /** {@code http://127.0.0.1:<port>}, for {@code BOT_API_URL}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        if (server == null) {
            throw new IllegalStateException("an in-process fake has no server; send requests to answer(...)");
        }
        return server.port();
    }

    /**
     * The answer the server would give to a request for {@code path} ({@code /bot<token>/<method>}) with this
     * query string (or null), content type and body; null where the server would drop the connection.
     */
    public HttpReply answer(String path, String rawQuery, String contentType, byte[] body) {
        return front.answer(path, rawQuery, contentType, body);
    }

    /**
     * Runs {@code handler} on the acting thread after every update queued, before the action that caused it
     * (a message, a press, a blocked bot...) returns: an in-process bot handles the update and sends its
     * answers there, so that the test finds them at once. The handler runs while the acting thread holds the
     * fake's lock: it may call {@link #answer} (and act as users) on that thread, but must not wait for another.
     */
    public void afterEachUpdate(Runnable handler) {
        ctx.afterEachUpdate = handler;
    }

    /**
     * From now on users press buttons by their label only: a label the message does not carry fails the test
     * even if it happens to be some button's callback data. For tests that must not depend on the bot's data.
     */
    public void pressButtonsByLabelOnly() {
        ctx.pressByLabelOnly = true;
    }

    public String token() {
        return ctx.token;
    }

    public long botId() {
        return ctx.botId;
    }

    public String botUsername() {
        return FakeContext.BOT_USERNAME;
    }

    /** Forgets every update not yet delivered, as if the bot never got them (e.g. sent while it was away too long). */
    public void dropPendingUpdates() {
        ctx.queue.dropPending();
    }

    /** Ends pending long polls and stops the server; never waits for the bot. */
    @Override
    public void close() {
        ctx.faults.stopRivalPoller();
        ctx.queue.close();
        if (server != null) {
            server.stop();
        }
    }

    // ---- people and chats

    /** The user with this id (created on first call, same object after); their private chat has the same id. */
    public FakeUser user(long id) {
        return ctx.user(id);
    }

    /** A group ({@code "group"} or {@code "supergroup"}, negative id) in which the bot is a member. */
    public FakeGroup group(long chatId, String type) {
        if (chatId >= 0 || !GROUP_TYPES.contains(type)) {
            throw new IllegalArgumentException("a group has a negative id and type group or supergroup");
        }
        FakeChat chat = ctx.store.getOrCreate(
                chatId, () -> new FakeChat(chatId, type, null, "Group " + chatId, FakeChat.Membership.MEMBER));
        if (!chat.type.equals(type)) {
            throw new IllegalArgumentException("chat " + chatId + " already exists as " + chat.type);
        }
        return new FakeGroup(ctx, chatId);
    }

    /**
     * A channel with this id ({@code -100...}) in which the bot is an administrator (it may post, edit and pin
     * there); {@link FakeChannel#botAdmin(boolean)} takes that away.
     */
    public FakeChannel channel(long chatId, String title) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("a channel has a negative id");
        }
        FakeChat chat = ctx.store.getOrCreate(
                chatId, () -> new FakeChat(chatId, "channel", null, title, FakeChat.Membership.MEMBER));
        if (!chat.type.equals("channel")) {
            throw new IllegalArgumentException("chat " + chatId + " already exists as " + chat.type);
        }
        ctx.store.read(() -> chat.botAdmin = true);
        return new FakeChannel(ctx, chatId);
    }

    /** Every user the test created (moderators named only in the bot's settings included), in no order. */
    public List<FakeUser> knownUsers() {
        return List.copyOf(ctx.users.values());
    }

    /** Every chat the fake knows (private chats, groups, channels): id, type and title (null for private chats). */
    public List<KnownChat> knownChats() {
        return ctx.store.read(() -> ctx.store.all().stream()
                .map(chat -> new KnownChat(chat.id, chat.type, chat.title))
                .toList());
    }

    /**
     * Every update the fake ever queued for the bot, delivered or not, oldest first, each as
     * {@code {"message": {...}}} (no update id): the complete record of what the bot was told, texts as
     * first sent (before edits), callback data, names, phone numbers of shared contacts.
     */
    public List<JsonNode> allUpdates() {
        return ctx.history.stream().<JsonNode>map(ObjectNode::deepCopy).toList();
    }

    /** A post in a channel where the bot is an administrator: a {@code channel_post} update. */
    public int channelPost(long channelId, String text) {
        FakeChat channel = ctx.store.getOrCreate(
                channelId,
                () -> new FakeChat(channelId, "channel", null, "Channel " + channelId, FakeChat.Membership.MEMBER));
        ctx.store.read(() -> channel.botAdmin = true);
        return ctx.conversations.write(null, channelId, "text", text, null, null);
    }

    /**
     * Queues {@code {"update_id": n, "<type>": payload}} exactly as given, with none of the checks the fake
     * applies to updates it builds, so tests can feed what the real server may send and TelegramBots cannot
     * read (see {@link NewerApiPayloads}). If the payload names a private chat ({@code chat.id}, or
     * {@code message.chat.id} in a callback query), that user has started the bot, and a new message in it
     * exists in the chat's history. Returns the update id.
     */
    public long enqueueRawUpdate(String type, ObjectNode payload) {
        return enqueueRawUpdate(new RawUpdate(type, payload));
    }

    /** {@link #enqueueRawUpdate(String, ObjectNode)} with the payload as JSON text. */
    public long enqueueRawUpdate(String type, String payloadJson) {
        try {
            return enqueueRawUpdate(type, (ObjectNode) ctx.mapper.readTree(payloadJson));
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + payloadJson, e);
        }
    }

    public long enqueueRawUpdate(RawUpdate update) {
        return ctx.rawUpdates.enqueue(update.type(), update.payload());
    }

    /** An {@code inline_query} update from {@code from}; returns its id. */
    public String inlineQuery(FakeUser from, String query) {
        return ctx.conversations.inlineQuery(from, query);
    }

    // ---- what the bot did

    /** The bot's visible (not deleted) messages in a chat, oldest first. */
    public List<BotMessage> messagesTo(long chatId) {
        return new ChatReader(ctx, chatId).messages();
    }

    /** All the bot's messages in a chat, deleted ones included. */
    public List<BotMessage> allBotMessagesIn(long chatId) {
        return new ChatReader(ctx, chatId).allBotMessages();
    }

    /** The documents the bot sent to a chat (with their content), oldest first, deleted ones included. */
    public List<SentDocument> documentsIn(long chatId) {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null
                    ? List.<SentDocument>of()
                    : chat.messages.stream()
                            .filter(m -> m.fromBot && m.upload != null)
                            .map(StoredMessage::toSentDocument)
                            .toList();
        });
    }

    /** The users' messages in a chat, deleted ones included. */
    public List<UserMessage> userMessagesIn(long chatId) {
        return new ChatReader(ctx, chatId).userMessages();
    }

    /** Every plain text the bot got through to a chat, in order: sent, copied and edited-in texts. */
    public List<String> deliveredTextsTo(long chatId) {
        return ctx.store.read(() -> {
            FakeChat chat = ctx.store.find(chatId);
            return chat == null ? List.of() : List.copyOf(chat.delivered);
        });
    }

    /**
     * The "/" menu set for a scope: {@code "default"}, {@code "all_private_chats"}, {@code "chat:<id>"},
     * {@code "chat_administrators:<id>"}...; {@code languageCode} null or "" for all languages.
     */
    public List<MenuCommand> myCommands(String scope, String languageCode) {
        return ctx.commands.getOrDefault(scope + "|" + (languageCode == null ? "" : languageCode), List.of());
    }

    public CallbackPress callback(String callbackQueryId) {
        return ctx.callbacks.get(callbackQueryId);
    }

    public List<CallbackPress> callbacks() {
        return ctx.callbacks.all();
    }

    /** Presses never answered, however recent. */
    public List<CallbackPress> unansweredCallbacks() {
        return ctx.callbacks.unanswered(Duration.ZERO);
    }

    /** Presses at least {@code age} old that were never answered. */
    public List<CallbackPress> unansweredCallbacks(Duration age) {
        return ctx.callbacks.unanswered(age);
    }

    public List<RecordedCall> calls() {
        return ctx.log.calls();
    }

    public List<RecordedCall> calls(String method) {
        return ctx.log.calls(ctx.schema.canonical(method));
    }

    /** Every error answer the fake gave (4xx and 5xx, injected ones too), oldest first. */
    public List<RejectedCall> rejectedCalls() {
        return ctx.log.rejected();
    }

    public List<RejectedCall> rejectedCalls(int errorCode) {
        return ctx.log.rejected(errorCode);
    }

    /** Calls of methods the fake does not model (answered {@code true}); the bot relies on them untested. */
    public List<RecordedCall> unimplementedCalls() {
        return ctx.log.unimplemented();
    }

    public int callCount(String method) {
        return ctx.log.count(ctx.schema.canonical(method));
    }

    /** When the method was first called, or {@code null}. */
    public Instant firstCallAt(String method) {
        return ctx.log.firstCallAt(ctx.schema.canonical(method));
    }

    public int tooManyRequestsCount() {
        return ctx.log.rejected(429).size();
    }

    /** Sending requests made while under a 429 penalty (each one prolonged it). */
    public int retryAfterViolations() {
        return ctx.rates.violations();
    }

    // ---- updates

    /** The highest update id the bot confirmed with {@code offset}. */
    public long confirmedUpdateId() {
        return ctx.queue.confirmedUpdateId();
    }

    public int pendingUpdates() {
        return ctx.queue.pendingCount();
    }

    /** The id of the latest update queued. */
    public long lastUpdateId() {
        return ctx.queue.lastUpdateId();
    }

    // ---- settings and faults

    /** Overall sending limit (default 30 a second). */
    public void setGlobalRate(double perSecond) {
        ctx.rates.setGlobalRate(perSecond);
    }

    /** Limit per group chat (default 20 a minute). */
    public void setGroupRate(int perMinute) {
        ctx.rates.setGroupRate(perMinute);
    }

    /** Burst allowed per private chat within one second (default 3). */
    public void setPrivateChatBurst(int perSecond) {
        ctx.rates.setPrivateChatBurst(perSecond);
    }

    /** Switches flood limits off or on; penalties already given (and injected 429s) still apply. */
    public void setRateLimitsEnabled(boolean enabled) {
        ctx.rates.setEnabled(enabled);
    }

    /** Group privacy mode (default on, as BotFather sets it). */
    public void setGroupPrivacy(boolean enabled) {
        ctx.groupPrivacy = enabled;
    }

    /**
     * Failure injection: a revoked token, failing getUpdates, dropped connections, a rival poller, outages,
     * one-shot errors, and the times of the bot's polls.
     */
    public FakeFaults faults() {
        return ctx.faults;
    }

    /** Same as {@code faults().failNext(...)}. */
    public void failNext(String method, int httpStatus, String description, Integer retryAfter) {
        ctx.faults.failNext(method, httpStatus, description, retryAfter);
    }

    /** Same as {@code faults().setOutage(outage)}. */
    public void setOutage(boolean outage) {
        ctx.faults.setOutage(outage);
    }

    /** Moves the fake's clock forward (message ages, callback answer window, rate-limit windows, dates). */
    public void advanceClock(Duration by) {
        ctx.clock.advance(by);
    }

    public Instant now() {
        return ctx.clock.now();
    }

    // ---- waiting

    public void awaitCall(String method, Duration timeout) {
        awaitCallCount(method, 1, timeout);
    }

    public void awaitCallCount(String method, int count, Duration timeout) {
        Awaits.untilTrue(
                () -> callCount(method) >= count,
                timeout,
                () -> count + " call(s) of " + method + ", got " + callCount(method) + "\n" + describe());
    }

    /** Waits until the bot has confirmed every update queued so far. */
    public void awaitUpdatesConfirmed(Duration timeout) {
        long target = lastUpdateId();
        Awaits.untilTrue(
                () -> confirmedUpdateId() >= target,
                timeout,
                () -> "confirmation of updates up to " + target + "\n" + describe());
    }

    public void await(BooleanSupplier condition, Duration timeout, String description) {
        Awaits.untilTrue(condition, timeout, () -> description + "\n" + describe());
    }

    /** Every chat's history, the update queue and the recent rejected calls, for failure messages. */
    public String describe() {
        return ctx.describe();
    }
}
