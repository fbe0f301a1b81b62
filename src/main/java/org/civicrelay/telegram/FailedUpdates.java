package org.civicrelay.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * An update whose handling failed is recorded as handled (so it does not fail again on every restart)
 * and the person is told that something went wrong, so that they are not left waiting.
 */
@Component
class FailedUpdates {

    private static final Logger log = LoggerFactory.getLogger(FailedUpdates.class);

    private final HandledUpdates handled;
    private final Outbox outbox;
    private final Texts texts;
    private final TransactionTemplate transactions;

    FailedUpdates(HandledUpdates handled, Outbox outbox, Texts texts, TransactionTemplate transactions) {
        this.handled = handled;
        this.outbox = outbox;
        this.texts = texts;
        this.transactions = transactions;
    }

    void skip(Update update) {
        try {
            transactions.executeWithoutResult(status -> {
                handled.markHandled(update.getUpdateId());
                apologise(update);
            });
        } catch (RuntimeException e) {
            log.error("Recording a failed update failed too ({})", e.getClass().getSimpleName());
        }
    }

    private void apologise(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() != null && query.getFrom() != null) {
                outbox.enqueue(query.getMessage().getChatId(), !"private".equals(query.getMessage().getChat().getType()),
                        Lane.REPLY, Outbound.answer(query.getId(),
                                texts.get(texts.localeFor(query.getFrom().getLanguageCode()), "error.generic"), true));
            }
        } else if (update.hasMessage()) {
            Message message = update.getMessage();
            if (message.getChat() != null && "private".equals(message.getChat().getType()) && message.getFrom() != null) {
                outbox.enqueue(message.getChatId(), false, Lane.REPLY, Outbound.send(
                        texts.get(texts.localeFor(message.getFrom().getLanguageCode()), "error.generic"), null, false));
            }
        }
    }
}
