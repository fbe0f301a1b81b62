package org.civicrelay.telegram.fake;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A group or supergroup in the fake. The bot starts as a member; with privacy mode on (the default, see
 * {@link FakeTelegram#setGroupPrivacy}) it only receives commands, mentions and replies to its messages,
 * unless it is an administrator.
 */
public final class FakeGroup {

    private final FakeContext ctx;
    private final long id;
    private final ChatReader chat;
    private volatile int mark;

    FakeGroup(FakeContext ctx, long id) {
        this.ctx = ctx;
        this.id = id;
        this.chat = new ChatReader(ctx, id);
    }

    public long id() {
        return id;
    }

    public FakeGroup title(String title) {
        ctx.store.read(() -> state().title = title);
        return this;
    }

    public FakeGroup withMember(FakeUser member) {
        ctx.store.read(() -> state().members.add(member.id()));
        return this;
    }

    public Set<Long> members() {
        return ctx.store.read(() -> Set.copyOf(state().members));
    }

    /** Makes the bot an administrator (it then sees every message and may delete others' messages). */
    public FakeGroup botAdmin(boolean admin) {
        ctx.store.read(() -> state().botAdmin = admin);
        return this;
    }

    /** A member writes in the group; returns the message id (the bot may not receive it: privacy mode). */
    public int memberSends(FakeUser member, String text) {
        return remember(ctx.conversations.write(member, id, "text", text, null, null));
    }

    /** A member replies to a message of the bot in this group (which the bot receives even in privacy mode). */
    public int memberRepliesTo(FakeUser member, BotMessage message, String text) {
        return remember(ctx.conversations.write(member, id, "text", text, null, message.messageId()));
    }

    /** A member presses a button on a bot message in this group; returns the callback query id. */
    public String memberPresses(FakeUser member, BotMessage message, String labelOrData) {
        mark = chat.lastMessageId();
        return ctx.conversations.press(member, id, message.messageId(), labelOrData, false);
    }

    /** A member sends callback data no button on the message carries, as a forged or stale client would. */
    public String memberPressesData(FakeUser member, BotMessage message, String data) {
        mark = chat.lastMessageId();
        return ctx.conversations.press(member, id, message.messageId(), data, true);
    }

    /** {@code byUser} adds the bot: a {@code my_chat_member} update from "left" to "member". */
    public FakeGroup addBot(FakeUser byUser) {
        ctx.store.read(() -> {
            FakeChat group = state();
            group.members.add(byUser.id());
            group.bot = FakeChat.Membership.LEFT;
            ctx.conversations.changeBotStatus(group, ctx.wire.user(byUser), FakeChat.Membership.MEMBER);
            return null;
        });
        return this;
    }

    /** {@code byUser} removes the bot: a {@code my_chat_member} update to "kicked"; sending then gets 403. */
    public FakeGroup removeBot(FakeUser byUser) {
        ctx.conversations.changeBotStatus(state(), ctx.wire.user(byUser), FakeChat.Membership.KICKED);
        return this;
    }

    /** Whether the bot is still a member (it has not left and was not removed). */
    public boolean botIsMember() {
        return ctx.store.read(() -> state().bot == FakeChat.Membership.MEMBER);
    }

    public List<BotMessage> messages() {
        return chat.messages();
    }

    public BotMessage lastMessage() {
        return chat.lastMessage();
    }

    /** Members' messages in the group, deleted ones included. */
    public List<UserMessage> memberMessages() {
        return chat.userMessages();
    }

    public BotMessage awaitMessage(Predicate<BotMessage> condition, Duration timeout) {
        return chat.await(condition, timeout, "a bot message matching the condition");
    }

    public BotMessage awaitMessageContaining(String text, Duration timeout) {
        return chat.await(m -> m.plainText() != null && m.plainText().contains(text), timeout,
                "a bot message containing \"" + text + "\"");
    }

    /** The first bot message after the latest member message or press in this group matching {@code condition}. */
    public BotMessage awaitNewMessage(Predicate<BotMessage> condition, Duration timeout) {
        return chat.awaitAfter(mark, condition, timeout);
    }

    public BotMessage awaitEdit(BotMessage message, Duration timeout) {
        return chat.awaitEdit(message, timeout);
    }

    public String chatDump() {
        return chat.dump();
    }

    @Override
    public String toString() {
        return "FakeGroup[" + id + "]";
    }

    private int remember(int messageId) {
        mark = messageId;
        return messageId;
    }

    private FakeChat state() {
        return ctx.store.find(id);
    }
}
