package org.civicrelay.privacy;

/**
 * Records filed under a link of {@link EpochKeys}. The keys live in memory only, so at start-up every such
 * record is linked to nobody: each module erases its own then ({@link EpochLinksAtStart}), so that links
 * made under a lost key do not even group one person's records together.
 */
public interface EpochLinked {

    /** A short name for the log, e.g. "spam blocks". */
    String what();

    /** Erases every record filed under an epoch link (or the link itself); returns how many. */
    int forgetEveryLink();
}
