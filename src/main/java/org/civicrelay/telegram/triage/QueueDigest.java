package org.civicrelay.telegram.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.config.ScheduledLifecycle;
import org.civicrelay.logging.LogSafe;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day at {@code moderation.digest-at} (UTC), the waiting suggestions by age, oldest first, in the
 * moderators' chat (or privately to each moderator without one): how long each has waited, and which will
 * be deleted undecided, and when. Nothing is posted when nothing waits. A day the bot is down at that time
 * has no digest; nothing is stored to catch up, on purpose (a late digest is news no longer).
 */
@Component
class QueueDigest extends ScheduledLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueDigest.class);
    /** Lines in one digest: with excerpts left out it stays far below Telegram's 4,096 characters. */
    static final int LISTED = 30;

    private final Suggestions suggestions;
    private final Catalogue catalogue;
    private final ModeratorCards cards;
    private final Outbox outbox;
    private final Texts texts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ModerationSettings settings;

    QueueDigest(
            Suggestions suggestions,
            Catalogue catalogue,
            ModeratorCards cards,
            Outbox outbox,
            Texts texts,
            TransactionTemplate transactions,
            Clock clock,
            ModerationSettings settings) {
        super("daily-digest");
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** The digest's text, or empty when nothing waits. */
    java.util.Optional<String> render() {
        int total = suggestions.countAwaiting();
        if (total == 0) {
            return java.util.Optional.empty();
        }
        Locale locale = texts.fallback();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Suggestion> oldest = suggestions.awaiting(0, LISTED);
        StringBuilder html = new StringBuilder(texts.get(locale, "digest.header", total));
        for (Suggestion suggestion : oldest) {
            long days = ChronoUnit.DAYS.between(suggestion.createdOn(), today);
            String flag = suggestions
                    .deletionDate(suggestion)
                    .map(day -> texts.get(locale, "digest.flag", day.toString()))
                    .orElse("");
            html.append('\n')
                    .append(texts.get(
                            locale,
                            "digest.item",
                            suggestion.ref().value(),
                            Html.escape(Texts.cut(catalogue.workingGroupTitle(suggestion.workingGroup(), locale), 40)),
                            days,
                            flag));
        }
        if (total > oldest.size()) {
            html.append('\n').append(texts.get(locale, "digest.more", total - oldest.size()));
        }
        return java.util.Optional.of(html.toString());
    }

    void post() {
        try {
            transactions.executeWithoutResult(status -> render().ifPresent(html -> cards.chats()
                    .forEach(
                            chat -> outbox.enqueue(chat, chat < 0, Lane.MODERATION, Outbound.send(html, null, true)))));
        } catch (RuntimeException e) {
            log.error("The daily digest failed ({})", e.getClass().getSimpleName(), LogSafe.redact(e));
        }
    }

    /** How long until the next digest time, from now. */
    Duration untilNext() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDateTime next = now.toLocalDate().atTime(settings.digestAt());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    private void scheduleNext() {
        scheduler()
                .ifPresent(current -> current.schedule(
                        () -> {
                            post();
                            scheduleNext();
                        },
                        Math.max(1, untilNext().toMillis()),
                        TimeUnit.MILLISECONDS));
    }

    @Override
    protected void schedule(ScheduledExecutorService scheduler) {
        scheduleNext();
    }
}
