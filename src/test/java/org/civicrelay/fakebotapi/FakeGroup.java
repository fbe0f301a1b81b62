package org.civicrelay.fakebotapi;

import java.util.List;
import java.util.Set;

/**
 * A group or supergroup in the fake. The bot starts as a member; with privacy mode on (the default, see
 * {@link FakeTelegram#setGroupPrivacy}) it only receives commands, mentions, replies to its messages and
 * service messages, unless it is an administrator. Owners' actions (upgrade, remove, restrict, re-add the bot)
 * are taken by {@code byUser}, or by the group's first member (an owner is made up if it has none).
 */
public final class FakeGroup extends BotSide {

    private final FakeContext ctx;
    private final long id;

    FakeGroup(FakeContext ctx, long id) {
        super(new ChatReader(ctx, id));
        this.ctx = ctx;
        this.id = id;
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
        markNow();
        return ctx.conversations.press(member, id, message.messageId(), labelOrData, false);
    }

    /** A member sends callback data no button on the message carries, as a forged or stale client would. */
    public String memberPressesData(FakeUser member, BotMessage message, String data) {
        markNow();
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

    /** {@code byUser} bans the bot: a {@code my_chat_member} update to "kicked". */
    public FakeGroup removeBot(FakeUser byUser) {
        ctx.groupEvents.remove(id, byUser, FakeChat.Membership.KICKED);
        return this;
    }

    /**
     * The owner bans the bot: a {@code my_chat_member} update to "kicked" ({@code until_date} 0). Every request
     * about the chat then answers 403 "Forbidden: bot was kicked from the group chat" ("... the supergroup
     * chat" in a supergroup).
     */
    public FakeGroup removeBot() {
        return removeBot(ctx.groupEvents.owner(id));
    }

    /**
     * The owner removes the bot without banning it: a {@code my_chat_member} update to "left". Requests about
     * the chat then answer 403 "Forbidden: bot is not a member of the group chat" (or "supergroup chat").
     */
    public FakeGroup removeBotWithoutBan() {
        ctx.groupEvents.remove(id, ctx.groupEvents.owner(id), FakeChat.Membership.LEFT);
        return this;
    }

    /** The owner adds the removed bot again: a {@code my_chat_member} update from "kicked" or "left" to "member". */
    public FakeGroup addBotBack() {
        ctx.groupEvents.addBack(id, ctx.groupEvents.owner(id));
        return this;
    }

    /**
     * The owner takes the bot's right to post; sending then answers 400 "Bad Request: not enough rights to send
     * text messages to the chat", while the bot still receives updates. In a supergroup the bot becomes
     * "restricted" (a {@code my_chat_member} update; getChatMember shows {@code can_send_messages: false}); a
     * basic group has no per-member restrictions, so its default permissions forbid members to post (getChat
     * shows them) and an administrator bot is demoted to member first.
     */
    public FakeGroup restrictBot() {
        ctx.groupEvents.restrict(id, ctx.groupEvents.owner(id));
        return this;
    }

    /** The owner undoes {@link #restrictBot()}: the bot may post again. */
    public FakeGroup allowBotToPost() {
        ctx.groupEvents.allowPosting(id, ctx.groupEvents.owner(id));
        return this;
    }

    /** The owner upgrades this basic group to a supergroup; see {@link #upgradeToSupergroup(FakeUser)}. */
    public FakeGroup upgradeToSupergroup() {
        return upgradeToSupergroup(ctx.groupEvents.owner(id));
    }

    /**
     * {@code byUser} upgrades this basic group to a supergroup, which gets a new {@code -100...} id, as
     * Telegram does when a group turns on public history or grows large. The bot receives a service message
     * with {@code migrate_to_chat_id} in the old chat, then one with {@code migrate_from_chat_id} (message #1)
     * in the new one; its membership, administrator rights and the members move over.
     *
     * <p>From then on every request naming the old id (sending, editing, deleting, getChat, methods the fake
     * does not model) answers 400 "Bad Request: group chat was upgraded to a supergroup chat" with
     * {@code parameters.migrate_to_chat_id}. The bot's messages stay in the old chat and cannot be edited any
     * more: the supergroup numbers its messages afresh, so editing an old message id through the new chat id
     * answers 400 "message to edit not found" (or, if the number is reused, edits a different message, as it
     * would on Telegram). The old group is read-only: its members act in the returned supergroup.
     *
     * @return the new supergroup
     */
    public FakeGroup upgradeToSupergroup(FakeUser byUser) {
        return new FakeGroup(ctx, ctx.groupEvents.upgrade(id, byUser));
    }

    /** Whether the bot is still in the group (it has not left and was not removed; it may be restricted). */
    public boolean botIsMember() {
        return ctx.store.read(() -> state().botPresent());
    }

    /** Members' messages in the group, deleted ones included. */
    public List<UserMessage> memberMessages() {
        return chat.userMessages();
    }

    // ---- the same, for a bot in the test's own thread, which has answered before the member's action returns

    /** The first bot message after the latest member message or press in this group; fails at once if none. */
    public BotMessage newMessage() {
        return chat.nowAfter(mark(), m -> true);
    }

    @Override
    public String toString() {
        return "FakeGroup[" + id + "]";
    }

    private FakeChat state() {
        return ctx.store.find(id);
    }
}
