package org.civicrelay.telegram.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * One queued call, made and settled by Telegram's answer: the row deleted once sent (its hook run, the message
 * id kept for /wipe), erased with its chat on 403, all sending paused on 429, dropped on a 400 that will not
 * change, kept for later on trouble; the moderators' chat followed when it moves and waited for when it refuses
 * the bot. {@link OutboxSender} decides when a row goes; this class what its answer means.
 */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration MODERATORS_PROBE_EVERY = Duration.ofMinutes(2);
    /**
     * Telegram takes the answer to a button press for about 15 seconds after the press; later it refuses it
     * ("query is too old"), and the person's spinner has long stopped. Kept a little shorter, because the press
     * was made before the bot read it.
     */
    static final Duration CALLBACK_ANSWER_WINDOW = Duration.ofSeconds(12);

    private final OutboxRepository rows;
    private final BotApiCalls api;
    private final Identities identities;
    private final SentHooks hooks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Pacing pacing;
    private final DeletableMessages deletableMessages;
    private final ModeratorChat moderatorChat;

    Delivery(
            OutboxRepository rows,
            BotApiCalls api,
            Identities identities,
            SentHooks hooks,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            Pacing pacing,
            DeletableMessages deletableMessages,
            ModeratorChat moderatorChat) {
        this.rows = rows;
        this.api = api;
        this.identities = identities;
        this.hooks = hooks;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.pacing = pacing;
        this.deletableMessages = deletableMessages;
        this.moderatorChat = moderatorChat;
    }

    /**
     * Makes the row's call and settles the row by Telegram's answer: deleted once sent (its hook run), erased
     * with its chat on 403, kept for later on trouble. On the caller's thread; package-private so that the
     * in-process test harness can deliver the outbox synchronously, exactly as the sender settles it.
     */
    void deliver(OutboxRow row) {
        try {
            if (tooLate(row, clock.millis())) {
                done(row, Optional.empty()); // after a restart or a long pause: a late answer would only be refused
                return;
            }
            long chatId = identities.open(row.chat());
            if (row.outbound().kind() == Outbound.Kind.LEAVE_CHAT && isModeratorsChat(chatId)) {
                done(row, Optional.empty()); // the moderators' group under its new id: stay
                return;
            }
            Optional<Integer> messageId = api.call(chatId, row.outbound());
            if (row.groupChat() && moderatorChat.is(chatId) && moderatorChat.reachable()) {
                transactions.executeWithoutResult(status -> rows.wakeChat(row.chatKey(), clock.millis()));
            }
            done(row, messageId);
        } catch (TelegramApiRequestException refused) {
            refused(row, refused);
        } catch (TelegramApiException | RuntimeException trouble) {
            retryLater(row, trouble);
        }
    }

    /** An answer to a button press that Telegram would no longer take. */
    static boolean tooLate(OutboxRow row, long nowMillis) {
        return row.outbound().kind() == Outbound.Kind.ANSWER_CALLBACK
                && nowMillis - row.createdAtMillis() > CALLBACK_ANSWER_WINDOW.toMillis();
    }

    private void done(OutboxRow row, Optional<Integer> messageId) {
        transactions.executeWithoutResult(status -> {
            if (!rows.delete(row.id())) {
                return; // erased while in flight (/forget, a 403): record nothing that could link the chat again
            }
            if (!row.groupChat() && row.outbound().isNewMessage() && messageId.isPresent()) {
                deletableMessages.record(new Pseudonym(row.chatKey()), messageId.get());
            }
            if (row.onSent() != null) {
                hooks.sent(row.onSent(), messageId, new Pseudonym(row.chatKey()));
            }
        });
    }

    /**
     * Whether a chat the bot is about to leave is really the moderators' group under a new id: a group
     * upgraded to a supergroup can show up (a message, the bot's membership) before the move is announced.
     */
    private boolean isModeratorsChat(long chatId) {
        if (moderatorChat.is(chatId)) {
            return true;
        }
        Optional<Long> current = moderatorChat.current();
        if (current.isEmpty() || !BotApiCalls.isBasicGroup(current.get())) {
            return false;
        }
        Optional<Long> movedTo = api.movedTo(current.get());
        if (movedTo.isPresent()) {
            transactions.executeWithoutResult(status -> moderatorChat.moved(current.get(), movedTo.get()));
        }
        return moderatorChat.is(chatId);
    }

    private void refused(OutboxRow row, TelegramApiRequestException refused) {
        int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
        String reason = BotApiErrors.category(refused.getApiResponse());
        Long movedTo =
                refused.getParameters() == null ? null : refused.getParameters().getMigrateToChatId();
        if (movedTo != null && row.groupChat()) {
            long from = identities.open(row.chat());
            // The group became a supergroup: follow it if it is the moderators' (this row goes along, now due).
            boolean followed =
                    transactions.execute(status -> moderatorChat.moved(from, movedTo) || moderatorChat.is(movedTo));
            if (!followed || row.outbound().kind() != Outbound.Kind.SEND) {
                log.warn(
                        "Bot API refused {} ({} {}); dropping it",
                        row.outbound().kind(),
                        code,
                        reason);
                transactions.executeWithoutResult(status -> rows.delete(row.id()));
            }
            return;
        }
        if (row.groupChat() && moderatorChat.is(identities.open(row.chat())) && BotApiErrors.cannotPost(code, reason)) {
            moderatorChat.refused(code + " " + reason);
            waitForModerators(row);
            return;
        }
        if (code == 429) {
            Integer retryAfter = refused.getParameters() == null
                    ? null
                    : refused.getParameters().getRetryAfter();
            long seconds = retryAfter == null ? 5 : retryAfter;
            log.warn("Bot API asked to slow down (429); pausing all sending for {} s", seconds);
            pacing.pause(seconds, System.nanoTime());
        } else if (code == 403) {
            log.info("Chat unreachable (403: {}); erasing what was kept for it", reason);
            // Every module erases what it kept for the chat, its queued messages included (ChatErasure).
            transactions.executeWithoutResult(
                    status -> events.publishEvent(new ChatGone(new Pseudonym(row.chatKey()))));
        } else if (code == 400 && BotApiErrors.isHarmless(reason)) {
            done(row, Optional.empty());
        } else if (code >= 500 || code == 0) {
            retryLater(row, refused);
        } else {
            log.warn("Bot API refused {} ({} {}); dropping it", row.outbound().kind(), code, reason);
            transactions.executeWithoutResult(status -> rows.delete(row.id()));
        }
    }

    /** Cards and answers for a moderators' chat that refuses the bot wait, however long, probing now and then. */
    private void waitForModerators(OutboxRow row) {
        long backOff = Math.min(MODERATORS_PROBE_EVERY.toMillis(), 5_000L << Math.min(row.attempts(), 10));
        transactions.executeWithoutResult(status -> rows.retryLater(row.id(), clock.millis() + backOff));
    }

    private void retryLater(OutboxRow row, Exception trouble) {
        if (clock.millis() - row.createdAtMillis() > GIVE_UP_AFTER.toMillis()
                && !(row.groupChat() && moderatorChat.is(identities.open(row.chat())))) {
            log.warn(
                    "Giving up on {} after {} attempts ({})",
                    row.outbound().kind(),
                    row.attempts(),
                    trouble.getClass().getSimpleName());
            transactions.executeWithoutResult(status -> rows.delete(row.id()));
            return;
        }
        long backOff = Math.min(60_000L, 500L << Math.min(row.attempts(), 7));
        log.warn(
                "Sending {} failed ({}); retrying in {} ms",
                row.outbound().kind(),
                trouble.getClass().getSimpleName(),
                backOff);
        transactions.executeWithoutResult(status -> rows.retryLater(row.id(), clock.millis() + backOff));
    }
}
