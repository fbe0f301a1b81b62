package org.civicrelay.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A document the bot sent with {@code sendDocument}, as its recipients see it.
 *
 * @param fileName       the name shown to every recipient
 * @param mimeType       as the server recorded it (from the upload's content type, else from the name)
 * @param content        the uploaded bytes
 * @param caption        the caption as users see it (entities parsed), or {@code null}
 * @param protectContent whether it can be forwarded or saved
 */
public record SentDocument(
        long chatId,
        int messageId,
        String fileName,
        String mimeType,
        byte[] content,
        String caption,
        boolean protectContent,
        Instant sentAt) {

    public SentDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
