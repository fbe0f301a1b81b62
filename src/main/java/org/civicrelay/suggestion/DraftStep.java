package org.civicrelay.suggestion;

/** Where an activist is in writing a suggestion. */
public enum DraftStep {
    CHOOSING_WORKING_GROUP,
    WRITING,
    REVIEWING,
    CHOOSING_REACHABILITY
}
