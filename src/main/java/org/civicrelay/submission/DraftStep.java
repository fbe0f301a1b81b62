package org.civicrelay.submission;

/** Where an activist is in writing a suggestion. */
public enum DraftStep {
    CHOOSING_TOPIC,
    WRITING,
    REVIEWING,
    CHOOSING_REACHABILITY
}
