package org.civicrelay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civicrelay.MainSources.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * One persistence style: SQL lives in {@code *Repository} classes only (ModularityTests checks that only
 * they use Spring's JDBC), and names its parameters ({@code :ref}), never positional {@code ?}, so that a
 * statement reads the same as the values bound to it.
 */
class SqlStyleTest {

    /** The first word of an SQL statement, or a table named by one. */
    private static final Pattern SQL =
            Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|VACUUM|CREATE|ALTER|DROP)\\b|"
                    + MainSources.TABLE_REFERENCE.pattern());

    /**
     * The backup command copies the database with {@code VACUUM INTO} on a read-only connection of its own,
     * in a process where no bean (and so no repository) is ever created: see operations/Backup.java.
     */
    private static final List<String> OUTSIDE_THE_BOT = List.of("operations/Backup.java");

    @Test
    void only_repositories_hold_sql() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : MainSources.all()) {
            boolean holdsSql = file.literals().stream()
                    .anyMatch(literal -> SQL.matcher(literal).find());
            if (holdsSql && !file.className().endsWith("Repository") && !OUTSIDE_THE_BOT.contains(file.name())) {
                violations.add(file.name() + " holds SQL: move it to a *Repository of its module");
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void repositories_name_their_parameters() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : MainSources.all()) {
            if (file.className().endsWith("Repository")) {
                file.literals().stream()
                        .filter(literal -> literal.contains("?"))
                        .forEach(literal -> violations.add(file.name() + ": " + literal.strip()));
            }
        }
        assertThat(violations)
                .as("positional parameters; name them (:ref) instead")
                .isEmpty();
    }
}
