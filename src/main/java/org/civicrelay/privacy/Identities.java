package org.civicrelay.privacy;

/**
 * The one place where Telegram user and chat ids are turned into what may be stored. Every read and
 * write of an identifier goes through here: ids are sealed (encrypted) where the bot must write back,
 * and replaced by pseudonyms everywhere else.
 */
public interface Identities {

    Pseudonym pseudonym(long telegramId);

    SealedId seal(long chatId);

    long open(SealedId sealed);

    /**
     * The author's pseudonym under a key of its own (derived for spam blocking only), so that a spam block
     * cannot be joined with any other table that holds pseudonyms.
     */
    Pseudonym authorKey(Pseudonym user);
}
