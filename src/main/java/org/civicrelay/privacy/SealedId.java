package org.civicrelay.privacy;

import java.util.Arrays;
import java.util.Objects;

/**
 * A chat id encrypted with the data key (AES-GCM), stored only where the bot must write back, together
 * with the place it was sealed for: it opens only there ({@link SealedPlace}).
 */
public record SealedId(byte[] bytes, SealedPlace place) {

    public SealedId {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(place, "place");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedId sealed && Arrays.equals(bytes, sealed.bytes) && place.equals(sealed.place);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + place.hashCode();
    }

    @Override
    public String toString() {
        return "SealedId[…]";
    }
}
