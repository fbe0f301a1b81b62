package org.civicrelay.suggestion;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the holder of a receipt may see of their anonymous suggestion with /check: its reference, working
 * group, day, state, the decision's details (a linked recommendation, a decline reason, by id) and the
 * moderators' latest question. Not its text, which they wrote, and nothing about the moderators.
 */
public record Checked(
        SuggestionRef ref,
        String workingGroup,
        LocalDate createdOn,
        SuggestionState state,
        Optional<String> recommendation,
        Optional<String> declineReason,
        Optional<String> question) {}
