package org.civicrelay.telegram.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button: a label and callback data of at most 64 bytes, which never carries an identifier. */
public record Button(String label, String data) {

    static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (label.isBlank() || bytes == 0 || bytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data must be 1-64 bytes and the label not blank");
        }
    }
}
