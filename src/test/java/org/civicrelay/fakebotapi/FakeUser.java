package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A Telegram user in the fake, and their private chat with the bot (whose id is the user's id). Names
 * default to values that contain the id ({@code First710000001}), so a test can look for them in what the
 * bot stores or sends.
 */
public final class FakeUser extends BotSide {

    private final FakeContext ctx;
    private final long id;
    private volatile String firstName;
    private volatile String lastName;
    private volatile String username;
    private volatile String languageCode = "en";

    FakeUser(FakeContext ctx, long id) {
        super(new ChatReader(ctx, positive(id)));
        this.ctx = ctx;
        this.id = id;
        this.firstName = "First" + id;
        this.lastName = "Last" + id;
        this.username = "u" + id;
    }

    public long id() {
        return id;
    }

    /** The private chat with the bot; the same number as {@link #id()}. */
    public long chatId() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String username() {
        return username;
    }

    public String languageCode() {
        return languageCode;
    }

    public FakeUser firstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    /** {@code null} leaves the field out of updates. */
    public FakeUser lastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    /** {@code null} leaves the field out of updates. */
    public FakeUser username(String username) {
        this.username = username;
        return this;
    }

    /** {@code null} leaves the field out of updates. */
    public FakeUser languageCode(String languageCode) {
        this.languageCode = languageCode;
        return this;
    }

    /** Writes to the bot (with a {@code bot_command} entity for each /command); returns the message id. */
    public int send(String text) {
        return remember(ctx.conversations.write(this, id, "text", text, null, null));
    }

    /** Replies to a bot message, in whatever chat that message is. */
    public int replyTo(BotMessage message, String text) {
        int sent = ctx.conversations.write(this, message.chatId(), "text", text, null, message.messageId());
        return message.chatId() == id ? remember(sent) : sent;
    }

    public int sendPhoto() {
        return sendPhoto(null);
    }

    public int sendPhoto(String caption) {
        ArrayNode sizes = ctx.wire.array();
        String unique = file("");
        for (int side : new int[] {90, 320, 1280}) {
            sizes.addObject()
                    .put("file_id", file("AgACAgIAAxkBAAI"))
                    .put("file_unique_id", "AQAD" + unique + side)
                    .put("width", side)
                    .put("height", side * 3 / 4)
                    .put("file_size", side * side / 8);
        }
        ObjectNode media = ctx.wire.object();
        media.set("photo", sizes);
        return media("photo", caption, media);
    }

    /** Shares a contact card with this user's own name. */
    public int sendContact(String phoneNumber) {
        ObjectNode contact = ctx.wire
                .object()
                .put("phone_number", phoneNumber)
                .put("first_name", firstName)
                .put("user_id", id);
        if (lastName != null) {
            contact.put("last_name", lastName);
        }
        return media("contact", null, wrap("contact", contact));
    }

    public int sendLocation(double latitude, double longitude) {
        return media(
                "location",
                null,
                wrap("location", ctx.wire.object().put("latitude", latitude).put("longitude", longitude)));
    }

    public int sendVoice() {
        return media(
                "voice",
                null,
                wrap(
                        "voice",
                        ctx.wire
                                .object()
                                .put("file_id", file("AwACAgIAAxkBAAI"))
                                .put("file_unique_id", file("AgAD"))
                                .put("duration", 3)
                                .put("mime_type", "audio/ogg")
                                .put("file_size", 9_000)));
    }

    public int sendDocument() {
        return sendDocument("evidence.pdf");
    }

    public int sendDocument(String fileName) {
        return media(
                "document",
                null,
                wrap(
                        "document",
                        ctx.wire
                                .object()
                                .put("file_id", file("BQACAgIAAxkBAAI"))
                                .put("file_unique_id", file("AgAD"))
                                .put("file_name", fileName)
                                .put("mime_type", "application/octet-stream")
                                .put("file_size", 20_480)));
    }

    public int sendSticker() {
        return media(
                "sticker",
                null,
                wrap(
                        "sticker",
                        ctx.wire
                                .object()
                                .put("file_id", file("CAACAgIAAxkBAAI"))
                                .put("file_unique_id", file("AgAD"))
                                .put("type", "regular")
                                .put("width", 512)
                                .put("height", 512)
                                .put("is_animated", false)
                                .put("is_video", false)
                                .put("emoji", "\uD83D\uDC4D")));
    }

    /** Edits this user's latest text message in the private chat: an {@code edited_message} update. */
    public int editLastMessage(String newText) {
        return ctx.conversations.editLast(this, id, newText);
    }

    /** Edits one of this user's text messages in the private chat, by its id: an {@code edited_message} update. */
    public int editMessage(int messageId, String newText) {
        return ctx.conversations.edit(this, id, messageId, newText);
    }

    /** Presses the button with that label (or callback data) on the message as it is now; returns the query id. */
    public String press(BotMessage message, String labelOrData) {
        markNow();
        return ctx.conversations.press(this, message.chatId(), message.messageId(), labelOrData, false);
    }

    /** Sends callback data no button carries, as a forged or stale client would. */
    public String pressData(BotMessage message, String data) {
        markNow();
        return ctx.conversations.press(this, message.chatId(), message.messageId(), data, true);
    }

    /** Blocks the bot: a {@code my_chat_member} update (member to kicked); sending to the user then gets 403. */
    public FakeUser blocksBot() {
        ctx.conversations.changeBotStatus(privateChat(), ctx.wire.user(this), FakeChat.Membership.KICKED);
        return this;
    }

    /** Unblocks the bot (Telegram's "Restart"): a {@code my_chat_member} update back to member. */
    public FakeUser unblocksBot() {
        ctx.conversations.changeBotStatus(privateChat(), ctx.wire.user(this), FakeChat.Membership.MEMBER);
        return this;
    }

    /** Deletes the account: sending to the user then gets 403 "user is deactivated". */
    public FakeUser deactivates() {
        ctx.store.read(() -> privateChat().bot = FakeChat.Membership.DEACTIVATED);
        return this;
    }

    /** This user's own messages in the private chat, deleted ones included. */
    public List<UserMessage> sentMessages() {
        return chat.userMessages();
    }

    /** The first bot message sent after this user's latest message or press. */
    public BotMessage awaitReply(Duration timeout) {
        return chat.awaitAfter(mark(), m -> true, timeout);
    }

    // ---- the same, for a bot in the test's own thread, which has answered before send or press returns

    /** The first bot message sent after this user's latest message or press; fails at once if there is none. */
    public BotMessage reply() {
        return chat.nowAfter(mark(), m -> true);
    }

    @Override
    public String toString() {
        return "FakeUser[" + id + "]";
    }

    private static long positive(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("user ids are positive");
        }
        return id;
    }

    /** The fake this user lives in, for payload builders such as {@link NewerApiPayloads}. */
    FakeContext context() {
        return ctx;
    }

    private int media(String kind, String caption, ObjectNode media) {
        return remember(ctx.conversations.write(this, id, kind, caption, media, null));
    }

    private ObjectNode wrap(String field, ObjectNode value) {
        ObjectNode media = ctx.wire.object();
        media.set(field, value);
        return media;
    }

    private FakeChat privateChat() {
        return ctx.store.find(id);
    }

    private static String file(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
