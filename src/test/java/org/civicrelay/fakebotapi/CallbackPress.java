package org.civicrelay.fakebotapi;

import java.time.Instant;

/**
 * A press of an inline button that the fake turned into a {@code callback_query} update, and how the bot
 * answered it.
 *
 * @param id         the {@code callback_query.id} the bot must answer
 * @param userId     who pressed
 * @param chatId     the chat of the message carrying the button
 * @param messageId  that message
 * @param data       the {@code callback_data} sent to the bot
 * @param pressedAt  when, on the fake's clock
 * @param answeredAt when {@code answerCallbackQuery} succeeded, or {@code null}
 * @param answerText the {@code text} of the answer, or {@code null}
 * @param showAlert  whether the answer asked for an alert
 */
public record CallbackPress(
        String id,
        long userId,
        long chatId,
        int messageId,
        String data,
        Instant pressedAt,
        Instant answeredAt,
        String answerText,
        boolean showAlert) {

    public boolean answered() {
        return answeredAt != null;
    }

    CallbackPress answer(Instant at, String text, boolean alert) {
        return new CallbackPress(id, userId, chatId, messageId, data, pressedAt, at, text, alert);
    }
}
