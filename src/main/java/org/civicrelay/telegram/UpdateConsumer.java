package org.civicrelay.telegram;

import java.util.List;
import java.util.Optional;
import org.civicrelay.privacy.Identities;
import org.civicrelay.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles a batch from getUpdates on the polling thread, before the next getUpdates confirms it: an
 * update is either handled and recorded in one transaction, or it comes again after a restart. Repeats
 * are dropped by their update id. One failing update never stops the others or the loop.
 */
@Component
class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

    private final UpdateRouter router;
    private final HandledUpdates handled;
    private final FailedUpdates failed;
    private final TransactionTemplate transactions;
    private final FloodGuard flood;
    private final Identities identities;
    private volatile boolean stopping;

    UpdateConsumer(UpdateRouter router, HandledUpdates handled, FailedUpdates failed, TransactionTemplate transactions,
            FloodGuard flood, Identities identities) {
        this.router = router;
        this.handled = handled;
        this.failed = failed;
        this.transactions = transactions;
        this.flood = flood;
        this.identities = identities;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            if (stopping) {
                return; // the rest are not confirmed and come again after the restart
            }
            try {
                transactions.executeWithoutResult(status -> {
                    if (handled.markHandled(update.getUpdateId())) {
                        FloodGuard.Verdict verdict = sender(update)
                                .map(id -> flood.check(identities.pseudonym(id), System.nanoTime()))
                                .orElse(FloodGuard.Verdict.ALLOW);
                        if (verdict == FloodGuard.Verdict.ALLOW) {
                            router.route(update);
                        } else {
                            router.throttled(update, verdict == FloodGuard.Verdict.THROTTLE_FIRST);
                        }
                    }
                });
            } catch (Throwable failure) {
                log.error("Handling an update failed ({}: {}); it is skipped", UpdateKind.of(update),
                        failure.getClass().getSimpleName(), LogSafe.redact(failure));
                failed.skip(update);
            }
        }
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
