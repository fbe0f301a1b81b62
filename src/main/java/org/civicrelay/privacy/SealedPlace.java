package org.civicrelay.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a sealed value is stored: its table, its column and its row (the row's identity as the owning
 * module knows it before writing, e.g. a suggestion's reference). The place is authenticated with the
 * value (it is the AES-GCM associated data), so a sealed value copied to another row, column or table no
 * longer opens: nobody who can write to the database can move a reply address to another suggestion.
 */
public record SealedPlace(String table, String column, String row) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,31}");

    public SealedPlace {
        Objects.requireNonNull(row, "row");
        if (table == null
                || !NAME.matcher(table).matches()
                || column == null
                || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("a table and a column name, in lower case");
        }
    }

    /** The associated data: a version label, then table, column and row, separated by NUL (absent from each). */
    byte[] associatedData() {
        if (row.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a row key without NUL");
        }
        return ("civic-relay/sealed/v2\0" + table + "\0" + column + "\0" + row).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // The row can be a pseudonym: never in a log.
        return "SealedPlace[" + table + "." + column + "]";
    }
}
