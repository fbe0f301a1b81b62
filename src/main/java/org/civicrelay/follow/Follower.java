package org.civicrelay.follow;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;

/**
 * A follower as stored: the sealed chat id to write to, the chat's pseudonym (pacing, erasure), the
 * language its notices are written in (two letters; empty for follows made before languages were kept) and
 * whether they arrive silently.
 */
public record Follower(SealedId chat, Pseudonym chatKey, Optional<Locale> language, boolean silent) {

    public Follower {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(chatKey, "chatKey");
        Objects.requireNonNull(language, "language");
    }

    public Follower(SealedId chat, Pseudonym chatKey) {
        this(chat, chatKey, Optional.empty(), false);
    }

    /** A new follow made in {@code language}; whether it is silent follows the person's other follows. */
    public Follower(SealedId chat, Pseudonym chatKey, Locale language) {
        this(chat, chatKey, Optional.ofNullable(language), false);
    }
}
