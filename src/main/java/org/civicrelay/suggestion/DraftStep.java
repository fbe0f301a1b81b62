package org.civicrelay.suggestion;

/** Where an activist is in writing a suggestion. */
public enum DraftStep {
    CHOOSING_WORKING_GROUP,
    WRITING,
    REVIEWING,
    /**
     * The second question of the review before issue 12 merged it into one step: a draft stored in this step
     * by an earlier version is treated as being reviewed.
     */
    CHOOSING_REACHABILITY
}
