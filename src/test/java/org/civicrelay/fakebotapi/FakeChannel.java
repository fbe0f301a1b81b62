package org.civicrelay.fakebotapi;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A channel in the fake, where the bot is an administrator unless told otherwise: it may post, edit its posts
 * and pin them. Posts are signed by the channel ({@code sender_chat}); a bot that is not an administrator is
 * refused with 400 "need administrator rights in the channel chat".
 */
public final class FakeChannel {

    private final FakeContext ctx;
    private final long id;
    private final ChatReader chat;

    FakeChannel(FakeContext ctx, long id) {
        this.ctx = ctx;
        this.id = id;
        this.chat = new ChatReader(ctx, id);
    }

    public long id() {
        return id;
    }

    public FakeChannel botAdmin(boolean admin) {
        ctx.store.read(() -> state().botAdmin = admin);
        return this;
    }

    /** The bot's visible posts, oldest first. */
    public List<BotMessage> messages() {
        return chat.messages();
    }

    /** Pinned message ids, oldest pin first. */
    public List<Integer> pinnedMessageIds() {
        return ctx.store.read(() -> List.copyOf(state().pinned));
    }

    public BotMessage awaitMessage(Predicate<BotMessage> condition, Duration timeout) {
        return chat.await(condition, timeout, "a channel post matching the condition");
    }

    public BotMessage awaitEdit(BotMessage message, Duration timeout) {
        return chat.awaitEdit(message, timeout);
    }

    public String chatDump() {
        return chat.dump();
    }

    @Override
    public String toString() {
        return "FakeChannel[" + id + "]";
    }

    private FakeChat state() {
        return ctx.store.find(id);
    }
}
