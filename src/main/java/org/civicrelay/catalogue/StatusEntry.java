package org.civicrelay.catalogue;

import java.time.LocalDate;
import java.util.Optional;

/** One line of a recommendation's public history: the day, the status, and the public note if any. */
public record StatusEntry(LocalDate on, String status, Optional<String> note) {}
