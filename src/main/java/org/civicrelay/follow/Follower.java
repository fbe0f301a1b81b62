package org.civicrelay.follow;

import java.util.Objects;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;

/** A follower as stored: the sealed chat id to write to, and the chat's pseudonym (pacing, erasure). */
public record Follower(SealedId chat, Pseudonym chatKey) {

    public Follower {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(chatKey, "chatKey");
    }
}
