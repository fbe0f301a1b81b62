package org.civicrelay.follow;

/** What /subscribe or a Subscribe button did. */
public enum FollowResult {
    FOLLOWING,
    ALREADY_FOLLOWING,
    /** No such recommendation in the catalogue (or it has been retired). */
    UNKNOWN
}
