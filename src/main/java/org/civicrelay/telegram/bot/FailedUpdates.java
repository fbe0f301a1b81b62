package org.civicrelay.telegram.bot;

import java.util.Locale;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Updates the bot could not handle are recorded as handled (so that they do not fail again after every
 * restart) and their sender, where the bot can tell who and where, is not left waiting: an update whose
 * handling failed gets an apology; one the bot could not even read gets "I could not read that message".
 * Callers run these inside the transaction (or savepoint) of the update concerned.
 */
@Component
class FailedUpdates {

    private static final Logger log = LoggerFactory.getLogger(FailedUpdates.class);

    private final HandledUpdateRepository handled;
    private final Outbox outbox;
    private final Texts texts;

    FailedUpdates(HandledUpdateRepository handled, Outbox outbox, Texts texts) {
        this.handled = handled;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Handling this update threw: it is marked handled and its sender told that something went wrong. */
    void failed(Update update) {
        handled.markHandled(update.getUpdateId());
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() != null && query.getFrom() != null) {
                outbox.enqueue(
                        query.getMessage().getChatId(),
                        !"private".equals(query.getMessage().getChat().getType()),
                        Lane.REPLY,
                        Outbound.answer(query.getId(), text(query.getFrom().getLanguageCode(), "error.generic"), true));
            }
        } else if (update.hasMessage()) {
            Message message = update.getMessage();
            if (message.getChat() != null
                    && "private".equals(message.getChat().getType())
                    && message.getFrom() != null) {
                outbox.enqueue(
                        message.getChatId(),
                        false,
                        Lane.REPLY,
                        Outbound.send(text(message.getFrom().getLanguageCode(), "error.generic"), null, false));
            }
        }
    }

    /**
     * An update that could not be read (a newer Bot API than the library knows, or a malformed one). It
     * is already marked handled; only its kind and id are logged, never anything it contains.
     */
    void unreadable(UpdateReader.Unreadable update) {
        log.warn(
                "Skipped an update the bot cannot read (kind {}, update_id {}); the Bot API may be newer than"
                        + " this version of the bot",
                update.kind(),
                update.updateId());
        if (update.callbackId() != null && update.callbackChatId() != null) {
            outbox.enqueue(
                    update.callbackChatId(),
                    !update.callbackInPrivateChat(),
                    Lane.REPLY,
                    Outbound.answer(update.callbackId(), text(update.languageCode(), "error.unreadable"), true));
        } else if (update.privateChatId() != null) {
            outbox.enqueue(
                    update.privateChatId(),
                    false,
                    Lane.REPLY,
                    Outbound.send(text(update.languageCode(), "error.unreadable"), null, false));
        }
    }

    private String text(String languageCode, String key) {
        Locale locale = texts.localeFor(languageCode);
        return texts.get(locale, key);
    }
}
