package org.civicrelay.fakebotapi;

import java.nio.charset.StandardCharsets;

/**
 * A file part of a {@code multipart/form-data} request, as the server received it.
 *
 * @param fileName    the file name the client gave (Telegram shows it to every recipient)
 * @param contentType the part's content type, or {@code null}
 * @param bytes       the content
 */
public record UploadedFile(String fileName, String contentType, byte[] bytes) {

    public UploadedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int size() {
        return bytes.length;
    }
}
