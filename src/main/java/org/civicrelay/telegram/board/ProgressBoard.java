package org.civicrelay.telegram.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusChanged;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.ScheduledLifecycle;
import org.civicrelay.logging.LogSafe;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.OutboxSettings;
import org.civicrelay.telegram.outbox.SentHooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public progress board, when {@code BOT_PUBLIC_CHANNEL_ID} names a channel where the bot is an
 * administrator: one message per working group, posted and pinned once, then edited in place whenever a
 * status in it changes. Within Telegram's limits: at most one post or edit per working group is in flight,
 * so that a burst of changes becomes one edit; an edit that would change nothing is not sent; and the
 * channel's rows are paced like a group's (twenty a minute). A status change marks its working group; a
 * keeper brings marked groups up to date every few seconds, and all of them at start-up (titles may have
 * changed in bot-config.yml).
 */
@Component
class ProgressBoard extends ScheduledLifecycle implements SentHooks.Hook {

    private static final Logger log = LoggerFactory.getLogger(ProgressBoard.class);
    static final String HOOK = "board";
    static final long EVERY_MILLIS = 3_000;
    /** A post or edit not taken by then was refused and dropped by the outbox (or is stuck in an outage). */
    static final Duration LOST_AFTER = Duration.ofMinutes(30);
    /** Lost edits in a row after which the message is taken to be deleted, and the board posted anew. */
    static final int REPOST_AFTER = 3;

    private final Long channel;
    private final Catalogue catalogue;
    private final Recommendations recommendations;
    private final BoardPostRepository posts;
    private final BoardViews views;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProgressBoard(
            OutboxSettings settings,
            Catalogue catalogue,
            Recommendations recommendations,
            BoardPostRepository posts,
            BoardViews views,
            Outbox outbox,
            TransactionTemplate transactions,
            Clock clock) {
        super("progress-board");
        this.channel = settings.publicChannelId();
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.posts = posts;
        this.views = views;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the status change's transaction: its working group's board is to be brought up to date. */
    @EventListener
    void on(StatusChanged change) {
        if (channel != null) {
            recommendations
                    .find(change.id())
                    .ifPresent(recommendation -> posts.markDirty(recommendation.workingGroup()));
        }
    }

    /** Posts or edits what is marked and not already in flight. */
    void keep() {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            List<WorkingGroup> groups = catalogue.workingGroups();
            for (BoardPostRepository.Post post :
                    posts.all(groups.stream().map(WorkingGroup::id).toList())) {
                Optional<WorkingGroup> group = groups.stream()
                        .filter(g -> g.id().equals(post.workingGroup()))
                        .findFirst();
                if (group.isEmpty()) {
                    continue; // a working group gone from bot-config.yml: its message stays as it was
                }
                if (post.pendingSince().isPresent()) {
                    if (post.pendingSince().get().plus(LOST_AFTER).isBefore(now)) {
                        log.warn("A progress board message was not accepted by Telegram; trying again");
                        posts.lost(post.workingGroup(), REPOST_AFTER);
                    }
                    continue;
                }
                if (!post.dirty() && post.messageId().isPresent()) {
                    continue;
                }
                String html = views.render(group.get());
                String hash = hash(html);
                String tag = SentHooks.tag(HOOK, post.workingGroup());
                if (post.messageId().isEmpty()) {
                    outbox.enqueue(channel, true, Lane.MODERATION, Outbound.send(html, null, false), tag);
                    posts.inFlight(post.workingGroup(), hash, now);
                } else if (post.shownHash().filter(hash::equals).isPresent()) {
                    posts.upToDate(post.workingGroup());
                } else {
                    outbox.enqueue(
                            channel,
                            true,
                            Lane.MODERATION,
                            Outbound.edit(post.messageId().get(), html, Keyboard.NONE),
                            tag);
                    posts.inFlight(post.workingGroup(), hash, now);
                }
            }
        });
    }

    /** Telegram took a post (pinned now, silently) or an edit. Runs in the sender's transaction. */
    @Override
    public void sent(String workingGroup, Optional<Integer> messageId, Pseudonym chat) {
        boolean posted = posts.find(workingGroup)
                .filter(post -> post.messageId().isEmpty())
                .isPresent();
        posts.taken(workingGroup, posted ? messageId : Optional.empty());
        if (posted && messageId.isPresent()) {
            outbox.enqueue(channel, true, Lane.MODERATION, Outbound.pin(messageId.get()));
        }
    }

    @Override
    public String prefix() {
        return HOOK;
    }

    private static String hash(String html) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public void start() {
        if (channel == null) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            posts.all(catalogue.workingGroups().stream().map(WorkingGroup::id).toList());
            posts.markAllDirty();
        });
        super.start();
    }

    @Override
    protected void schedule(ScheduledExecutorService scheduler) {
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        keep();
                    } catch (RuntimeException e) {
                        log.error(
                                "Updating the progress board failed ({})",
                                e.getClass().getSimpleName(),
                                LogSafe.redact(e));
                    }
                },
                0,
                EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }
}
