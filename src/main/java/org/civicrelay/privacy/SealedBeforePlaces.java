package org.civicrelay.privacy;

/**
 * Sealed values a module stored before sealed values were bound to their place (one fixed associated data
 * for all): the module seals them again for their place, once, at start-up ({@link LegacySeals}), so that
 * afterwards no value opens anywhere but where it is.
 */
public interface SealedBeforePlaces {

    /** A short name for the log, e.g. "reply addresses". */
    String what();

    /** Seals every such value again for its place (and anything else stored in the clear that must be sealed); returns how many. */
    int reseal(Identities identities);
}
