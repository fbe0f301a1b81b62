package org.civicrelay.fakebotapi;

import java.time.Instant;

/**
 * A message a fake user (or a channel) wrote into a chat, as kept in the fake's history.
 *
 * @param kind {@code text}, {@code photo}, {@code contact}, {@code location}, {@code voice}, {@code document}
 *             or {@code sticker}
 * @param text the text, or the caption of media, or {@code null}
 * @param userId the author, or {@code null} for a channel post
 */
public record UserMessage(
        long chatId,
        int messageId,
        Long userId,
        String kind,
        String text,
        Integer replyToMessageId,
        int editCount,
        boolean deleted,
        Instant sentAt) {}
