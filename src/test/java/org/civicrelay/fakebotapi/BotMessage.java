package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a message the bot sent (or copied), in its state when the snapshot was taken.
 *
 * @param text             the text (or caption) exactly as the bot sent it, markup included
 * @param plainText        what the user sees: tags stripped and entities such as {@code &lt;} decoded
 * @param parseMode        the {@code parse_mode} sent, or {@code null}
 * @param buttons          the inline keyboard, row by row; empty when there is none
 * @param replyToMessageId the message it replies to, or {@code null}
 * @param editCount        how many successful edits (text or keyboard) it has had
 * @param deleted          whether the bot deleted it
 * @param replyMarkup      the reply markup as sent (inline keyboard, reply keyboard, keyboard removal or
 *                         force reply), or {@code null}
 * @param kind             {@code text}, or the media kind of a copied message
 */
public record BotMessage(
        long chatId,
        int messageId,
        String text,
        String plainText,
        String parseMode,
        List<List<Button>> buttons,
        boolean protectContent,
        Integer replyToMessageId,
        int editCount,
        boolean deleted,
        JsonNode replyMarkup,
        String kind,
        Instant sentAt) {

    /** All inline buttons, row after row. */
    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }

    /** The labels of all inline buttons. */
    public List<String> buttonLabels() {
        return allButtons().stream().map(Button::text).toList();
    }

    /** The button whose label, or failing that whose callback data, equals {@code labelOrData}. */
    public Optional<Button> button(String labelOrData) {
        Optional<Button> byLabel =
                allButtons().stream().filter(b -> b.text().equals(labelOrData)).findFirst();
        return byLabel.isPresent()
                ? byLabel
                : allButtons().stream()
                        .filter(b -> Objects.equals(b.callbackData(), labelOrData))
                        .findFirst();
    }

    public boolean hasButton(String labelOrData) {
        return button(labelOrData).isPresent();
    }
}
