package org.civicrelay.submission;

/** Where a submission is in triage. */
public enum SubmissionState {
    PENDING,
    ACCEPTED,
    DECLINED,
    MORE_INFO_REQUESTED,
    SPAM
}
