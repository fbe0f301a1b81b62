package org.civicrelay.privacy;

/**
 * The one place where Telegram user and chat ids are turned into what may be stored. Every read and
 * write of an identifier goes through here: ids are sealed (encrypted, bound to the row they are stored
 * in) where the bot must write back, and replaced by pseudonyms everywhere else. Links that must not
 * outlive a short window (an anonymous author, recent messages) use {@link EpochKeys} instead.
 */
public interface Identities {

    /** The length of a chat id sealed in the format that preceded places: nonce, 8 bytes, tag, no version byte. */
    int LEGACY_SEALED_LENGTH = 12 + 8 + 16;

    /** The chat's or user's pseudonym under the data key: stable, so whoever holds the key can test an id against it. */
    Pseudonym pseudonym(long telegramId);

    SealedId seal(long chatId, SealedPlace place);

    default SealedId seal(ChatAddress chat, SealedPlace place) {
        return seal(chat.id(), place);
    }

    /** The chat id; refuses a value sealed under another key or for another place. */
    long open(SealedId sealed);

    /** Any other value that must not be readable without the data key (an outbox payload), bound to its place. */
    byte[] seal(byte[] plain, SealedPlace place);

    byte[] open(byte[] sealed, SealedPlace place);

    /**
     * A keyed, one-way link for the bot's message {@code messageId} in a chat: finding it again needs the
     * chat's pseudonym and the data key, and rows of one person cannot be grouped without the key.
     */
    String messageLink(Pseudonym chat, int messageId);

    /**
     * Opens a chat id sealed before places existed (one fixed associated data for every value). Only for the
     * one pass at start-up that seals such values again for their place ({@link LegacySeals}).
     */
    long openLegacy(byte[] sealed);

    /** Whether a stored value is in the sealed format that preceded places. */
    static boolean isLegacy(byte[] sealed) {
        return sealed != null && sealed.length == LEGACY_SEALED_LENGTH;
    }
}
