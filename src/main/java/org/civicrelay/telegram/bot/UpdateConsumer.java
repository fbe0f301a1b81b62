package org.civicrelay.telegram.bot;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.civicrelay.logging.LogSafe;
import org.civicrelay.privacy.Identities;
import org.civicrelay.telegram.outbox.ChatsInFlight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles a batch from getUpdates on the polling thread, before the next getUpdates confirms it: the
 * batch's effects are stored in one transaction (one sync to disk per batch, which keeps ingest fast with
 * {@code synchronous=FULL}), each update in a savepoint of its own, so that one failing update is rolled
 * back alone, marked as handled and answered with an apology. Repeats are dropped by their update id. If
 * the batch as a whole cannot be stored, its updates are stored one by one. Nothing stops the loop.
 */
@Component
class UpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);

    private final UpdateRouter router;
    private final HandledUpdateRepository handled;
    private final FailedUpdates failed;
    private final TransactionTemplate batch;
    private final TransactionTemplate each;
    private final FloodGuard flood;
    private final Identities identities;
    private final ChatsInFlight chatsInFlight;
    private final BotIdentity identity;
    private volatile boolean stopping;

    UpdateConsumer(
            UpdateRouter router,
            HandledUpdateRepository handled,
            FailedUpdates failed,
            PlatformTransactionManager transactionManager,
            FloodGuard flood,
            Identities identities,
            ChatsInFlight chatsInFlight,
            BotIdentity identity) {
        this.chatsInFlight = chatsInFlight;
        this.identity = identity;
        this.router = router;
        this.handled = handled;
        this.failed = failed;
        this.batch = new TransactionTemplate(transactionManager);
        // A savepoint inside the batch's transaction; a transaction of its own when there is none.
        this.each = new TransactionTemplate(transactionManager);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.flood = flood;
        this.identities = identities;
    }

    void consume(List<UpdateReader.Incoming> updates) {
        awaitAnsweredMessages(updates);
        try {
            batch.executeWithoutResult(status -> handleAll(updates));
        } catch (RuntimeException batchFailed) {
            log.warn(
                    "Storing a batch of {} updates failed ({}); storing them one by one",
                    updates.size(),
                    batchFailed.getClass().getSimpleName(),
                    LogSafe.redact(batchFailed));
            handleAll(updates);
        }
    }

    /**
     * An answer to one of the bot's messages (a reply, or a press of one of its buttons) can come within
     * milliseconds of it, from a script or a person quick on the button, while the sender is still storing
     * what that message is (which suggestion a question or a card is about). The sender settles a call in well
     * under a second; waiting for it here, outside any transaction, means the answer finds its way, as a slower
     * answer would.
     */
    private void awaitAnsweredMessages(List<UpdateReader.Incoming> updates) {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos(); // for the batch: a hung call must not stall polling
        for (UpdateReader.Incoming incoming : updates) {
            Optional<Long> chat = incoming instanceof UpdateReader.Readable readable
                    ? answeredChat(readable.update())
                    : Optional.empty();
            if (chat.isPresent()) {
                try {
                    Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                    chatsInFlight.awaitSettled(identities.pseudonym(chat.get()), left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The chat of the bot's message that this update answers, if it answers one. */
    private Optional<Long> answeredChat(Update update) {
        if (update.hasCallbackQuery()
                && update.getCallbackQuery().getMessage() != null
                && update.getCallbackQuery().getMessage().getChat() != null) {
            return Optional.of(update.getCallbackQuery().getMessage().getChatId());
        }
        if (update.hasMessage()) {
            Message repliedTo = update.getMessage().getReplyToMessage();
            if (repliedTo != null && identity.isMe(repliedTo.getFrom())) {
                return Optional.of(update.getMessage().getChatId());
            }
        }
        return Optional.empty();
    }

    private void handleAll(List<UpdateReader.Incoming> updates) {
        for (UpdateReader.Incoming incoming : updates) {
            if (stopping) {
                return; // the rest are not confirmed and come again after the restart
            }
            try {
                each.executeWithoutResult(status -> handle(incoming));
            } catch (RuntimeException | Error failure) {
                log.error(
                        "Handling an update failed ({}: {}); it is skipped",
                        kind(incoming),
                        failure.getClass().getSimpleName(),
                        LogSafe.redact(failure));
                skip(incoming);
            }
        }
    }

    private void handle(UpdateReader.Incoming incoming) {
        if (!handled.markHandled(incoming.updateId())) {
            return;
        }
        if (incoming instanceof UpdateReader.Unreadable unreadable) {
            failed.unreadable(unreadable);
            return;
        }
        Update update = ((UpdateReader.Readable) incoming).update();
        FloodGuard.Verdict verdict = sender(update)
                .map(id -> flood.check(identities.pseudonym(id), System.nanoTime()))
                .orElse(FloodGuard.Verdict.ALLOW);
        if (verdict == FloodGuard.Verdict.ALLOW) {
            router.route(update);
        } else {
            router.throttled(update, verdict == FloodGuard.Verdict.THROTTLE_FIRST);
        }
    }

    private void skip(UpdateReader.Incoming incoming) {
        try {
            each.executeWithoutResult(status -> {
                if (incoming instanceof UpdateReader.Readable readable) {
                    failed.failed(readable.update());
                } else {
                    handled.markHandled(incoming.updateId());
                }
            });
        } catch (RuntimeException e) {
            log.error("Recording a failed update failed too ({})", e.getClass().getSimpleName());
        }
    }

    private static String kind(UpdateReader.Incoming incoming) {
        return incoming instanceof UpdateReader.Readable readable ? UpdateKind.of(readable.update()) : incoming.kind();
    }

    /** The person behind an update, for the flood guard; empty for updates that are no one's doing. */
    private static Optional<Long> sender(Update update) {
        if (update.hasMessage() && update.getMessage().getFrom() != null) {
            return Optional.of(update.getMessage().getFrom().getId());
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            return Optional.of(update.getCallbackQuery().getFrom().getId());
        }
        if (update.hasEditedMessage() && update.getEditedMessage().getFrom() != null) {
            return Optional.of(update.getEditedMessage().getFrom().getId());
        }
        return Optional.empty();
    }

    void stopAccepting() {
        stopping = true;
    }
}
