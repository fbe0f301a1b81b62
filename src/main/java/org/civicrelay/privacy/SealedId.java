package org.civicrelay.privacy;

import java.util.Arrays;
import java.util.Objects;

/** A chat id encrypted with the data key (AES-GCM), stored only where the bot must write back. */
public record SealedId(byte[] bytes) {

    public SealedId {
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedId sealed && Arrays.equals(bytes, sealed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedId[…]";
    }
}
