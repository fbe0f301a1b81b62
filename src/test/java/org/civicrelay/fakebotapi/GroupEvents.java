package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What group owners do to a group and to the bot in it (upgrade the group, remove, restrict or re-add the
 * bot), with the service messages and {@code my_chat_member} updates Telegram sends for each.
 */
final class GroupEvents {

    /** Supergroup ids are {@code -100} followed by the channel id; new channels get ids from about 2·10⁹. */
    private static final long SUPERGROUP_BASE = -1_002_000_000_000L;

    private final FakeContext ctx;

    GroupEvents(FakeContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Upgrades a basic group: a {@code migrate_to_chat_id} service message in the old chat, then a
     * {@code migrate_from_chat_id} one (message #1) in the new supergroup, both from {@code by}; members, the
     * bot's standing and the default permissions move over. Returns the supergroup's id.
     */
    long upgrade(long groupId, FakeUser by) {
        return ctx.store.read(() -> {
            FakeChat old = usable(groupId);
            if (!"group".equals(old.type)) {
                throw new IllegalStateException("only a basic group can be upgraded, " + groupId + " is a " + old.type);
            }
            long newId = freeSupergroupId(groupId);
            FakeChat upgraded =
                    ctx.store.getOrCreate(newId, () -> new FakeChat(newId, "supergroup", null, old.title, old.bot));
            upgraded.members.addAll(old.members);
            upgraded.members.add(by.id());
            upgraded.botAdmin = old.botAdmin;
            upgraded.membersMaySend = old.membersMaySend;
            serviceMessage(old, by, "migrate_to_chat_id", newId);
            old.migratedTo = newId;
            serviceMessage(upgraded, by, "migrate_from_chat_id", groupId);
            return newId;
        });
    }

    /** {@code by} removes the bot: KICKED (banned) or LEFT (removed without a ban, free to be re-added). */
    void remove(long groupId, FakeUser by, FakeChat.Membership to) {
        ctx.store.read(() -> {
            FakeChat group = usable(groupId);
            if (!group.botPresent()) {
                throw new IllegalStateException("the bot is not in group " + groupId + " (" + group.bot + ")");
            }
            group.members.add(by.id());
            ctx.conversations.changeBotStatus(group, ctx.wire.user(by), to);
            return null;
        });
    }

    /** {@code by} adds the removed bot again: a {@code my_chat_member} update from its current status to member. */
    void addBack(long groupId, FakeUser by) {
        ctx.store.read(() -> {
            FakeChat group = usable(groupId);
            if (group.botPresent()) {
                throw new IllegalStateException("the bot is still in group " + groupId);
            }
            group.botAdmin = false;
            ctx.conversations.changeBotStatus(group, ctx.wire.user(by), FakeChat.Membership.MEMBER);
            return null;
        });
    }

    /**
     * Takes the bot's right to post. A supergroup restricts the bot itself (a {@code my_chat_member} update to
     * "restricted"); a basic group has no per-member restrictions, so its default permissions forbid members to
     * post, and an administrator bot is first demoted, since administrators ignore those permissions.
     */
    void restrict(long groupId, FakeUser by) {
        ctx.store.read(() -> {
            FakeChat group = usable(groupId);
            if (!group.botPresent()) {
                throw new IllegalStateException("the bot is not in group " + groupId);
            }
            if ("supergroup".equals(group.type)) {
                memberUpdate(group, by, FakeChat.Membership.RESTRICTED);
            } else {
                if (group.botAdmin) {
                    memberUpdate(group, by, FakeChat.Membership.MEMBER);
                }
                group.membersMaySend = false;
            }
            return null;
        });
    }

    /**
     * Gives the bot back its right to post: a supergroup lifts the bot's restriction (a {@code my_chat_member}
     * update to "member"); a basic group's default permissions let members post again, which Telegram does not
     * announce to the bot.
     */
    void allowPosting(long groupId, FakeUser by) {
        ctx.store.read(() -> {
            FakeChat group = usable(groupId);
            if ("supergroup".equals(group.type)) {
                memberUpdate(group, by, FakeChat.Membership.MEMBER);
            } else {
                group.membersMaySend = true;
            }
            return null;
        });
    }

    /** Someone entitled to act on the group: its first member, or an owner made up for it. */
    FakeUser owner(long groupId) {
        Long first = ctx.store.read(() -> {
            FakeChat group = ctx.store.find(groupId);
            return group.members.stream()
                    .filter(ctx.users::containsKey)
                    .findFirst()
                    .orElse(null);
        });
        FakeUser owner = ctx.user(first != null ? first : 700_000_000L + Math.floorMod(groupId, 100_000_000L));
        ctx.store.read(() -> ctx.store.find(groupId).members.add(owner.id()));
        return owner;
    }

    /** A status change that also drops administrator rights, told in one update as Telegram does. */
    private void memberUpdate(FakeChat group, FakeUser by, FakeChat.Membership next) {
        String oldStatus = Conversations.status(group, group.bot);
        group.botAdmin = false;
        group.bot = next;
        ctx.enqueue(
                "my_chat_member",
                ctx.wire.chatMemberUpdated(
                        group,
                        ctx.wire.user(by),
                        ctx.clock.epochSeconds(),
                        oldStatus,
                        Conversations.status(group, next)));
    }

    /** Service messages reach the bot whatever the privacy mode, as long as it is in the group. */
    private void serviceMessage(FakeChat chat, FakeUser by, String field, long value) {
        ObjectNode content = ctx.wire.object().put(field, value);
        StoredMessage message =
                new StoredMessage(chat.id, chat.nextMessageId(), by, false, ctx.clock.now(), "service", content);
        chat.messages.add(message);
        if (chat.botPresent()) {
            ctx.enqueue("message", ctx.wire.message(chat, message));
        }
    }

    private FakeChat usable(long groupId) {
        FakeChat group = ctx.store.find(groupId);
        if (group == null || group.isPrivate()) {
            throw new IllegalStateException("no fake group " + groupId);
        }
        if (group.migratedTo != null) {
            throw new IllegalStateException("group " + groupId + " was upgraded to supergroup " + group.migratedTo);
        }
        return group;
    }

    private long freeSupergroupId(long groupId) {
        long id = SUPERGROUP_BASE - Math.floorMod(-groupId, 1_000_000_000L);
        while (ctx.store.find(id) != null) {
            id--;
        }
        return id;
    }
}
