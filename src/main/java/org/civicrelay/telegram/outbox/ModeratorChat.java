package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the moderators' group is now. Telegram upgrades a group to a supergroup with a new id (when it
 * grows, or when a setting needs it); the bot follows the move, remembers it across restarts, and says
 * once that {@code BOT_MODERATOR_CHAT_ID} should be updated. Cards posted before the move stay in the old
 * group, where the bot can still edit them, so the old ids still count as the moderators' chat.
 * Whether the bot can currently post there is tracked too, so that a removed bot says so instead of
 * losing cards.
 */
@Component
public class ModeratorChat {

    private static final Logger log = LoggerFactory.getLogger(ModeratorChat.class);

    private final ChatMoveRepository moves;
    private final Outbox outbox;
    private final Clock clock;
    private final Long configured;
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private volatile Long current;
    private volatile List<Long> earlier = List.of();

    ModeratorChat(OutboxSettings settings, ChatMoveRepository moves, Outbox outbox, Clock clock) {
        this.moves = moves;
        this.outbox = outbox;
        this.clock = clock;
        this.configured = settings.moderatorChatId();
        reload();
    }

    /** The moderators' group as it is now, if the bot has one. */
    public Optional<Long> current() {
        return Optional.ofNullable(current);
    }

    /** The group now and the ids it had before: cards posted earlier are there. */
    public List<Long> withEarlierIds() {
        if (current == null) {
            return List.of();
        }
        List<Long> all = new ArrayList<>();
        all.add(current);
        all.addAll(earlier);
        return all;
    }

    public boolean is(long chatId) {
        return current != null && (current == chatId || earlier.contains(chatId));
    }

    /**
     * The group moved to {@code to} (a service message, or Telegram's answer to a call). Returns whether
     * this was news: the first report of a move is the one that re-addresses what is waiting to be sent.
     */
    public synchronized boolean moved(long from, long to) {
        if (current == null || !is(from) || is(to) && current == to) {
            return false;
        }
        moves.save(from, to, clock.instant());
        reload();
        outbox.readdress(from, to);
        log.warn(
                "The moderators' group was upgraded by Telegram to a supergroup with a new id; cards now go there."
                        + " Set BOT_MODERATOR_CHAT_ID={} (the bot remembers the move until then)",
                to);
        return true;
    }

    /** Telegram refused a message to the group: the bot was removed or may not post. Logged once per episode. */
    public void refused(String reason) {
        if (unreachable.compareAndSet(false, true)) {
            log.error(
                    "The bot was removed from the moderators' chat or may not post there ({}): cards and answers"
                            + " wait in the queue until it is added back with the right to send messages",
                    reason);
        }
    }

    /** The bot is in the group again, or a message got through: anything waiting can go. */
    public boolean reachable() {
        boolean was = unreachable.getAndSet(false);
        if (was) {
            log.info("The moderators' chat accepts the bot's messages again; sending what waited");
        }
        return was;
    }

    boolean isUnreachable() {
        return unreachable.get();
    }

    private void reload() {
        if (configured == null) {
            return;
        }
        Map<Long, Long> moves = this.moves.all();
        List<Long> passed = new ArrayList<>();
        long at = configured;
        while (moves.containsKey(at) && !passed.contains(at) && passed.size() < 16) {
            passed.add(at);
            at = moves.get(at);
        }
        // Earlier ids of the group the operator now names (after updating the setting) count as well.
        for (Map.Entry<Long, Long> move : moves.entrySet()) {
            if (move.getValue() == at && !passed.contains(move.getKey())) {
                passed.add(move.getKey());
            }
        }
        earlier = List.copyOf(passed);
        current = at;
    }
}
