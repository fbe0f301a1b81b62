package org.civicrelay.follow;

import java.time.LocalDate;
import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;

/** What followers are told: which recommendation, its new status, the public note, and the day. */
public record StatusNotice(Recommendation recommendation, String status, Optional<String> note, LocalDate on) {}
