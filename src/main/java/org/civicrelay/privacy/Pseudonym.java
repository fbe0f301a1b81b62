package org.civicrelay.privacy;

import java.util.Objects;

/**
 * A keyed, one-way stand-in for a Telegram user or chat id, used for look-ups. Without the data key
 * it cannot be linked back to the id, and the same id always gives the same pseudonym.
 */
public record Pseudonym(String value) {

    public Pseudonym {
        Objects.requireNonNull(value, "value");
        if (value.length() < 16 || value.length() > 64) {
            throw new IllegalArgumentException("not a pseudonym");
        }
    }

    @Override
    public String toString() {
        return "Pseudonym[…]";
    }
}
