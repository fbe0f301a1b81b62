package org.civicrelay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: only its own classes name them in SQL. Another module asks the owner
 * through its API (a small port such as {@code Suggestions.decidedBefore}) or hears from it through an
 * event; it neither joins the owner's tables nor embeds the owner's SQL in its own. The test reads every
 * main source file as text, takes the tables its SQL names (the word after {@code FROM}, {@code JOIN},
 * {@code INTO}, {@code UPDATE} or {@code TABLE}, keywords in capitals as all our SQL writes them) and
 * the SQL constants it borrows from other modules, and checks them against this map, which in turn must
 * list exactly the tables the migrations leave:
 *
 * <pre>
 * table               owner        what it holds
 * suggestion          suggestion   stored suggestions: text, state, decision, reply address
 * suggestion_draft    suggestion   suggestions being written
 * spam_block          suggestion   authors who may not suggest for now (checked when they start one)
 * recommendation      catalogue    the catalogue as the bot runs it, with current statuses
 * status_change       catalogue    each recommendation's public history
 * follow              follow       who follows which recommendation
 * audit_entry         moderation   what moderators did (the audit trail)
 * relay_message       moderation   links that bring an author's answer back to the moderators
 * moderator_message   moderation   the bot's messages in moderators' chats that stand for a suggestion
 * meta                privacy      the data key's fingerprint
 * handled_update      telegram     update ids already handled (getUpdates is at-least-once)
 * outbox              telegram     every message waiting to be sent
 * deletable_message   telegram     messages that /wipe may still delete
 * moderator_presence  telegram     moderators who have started the bot
 * chat_move           telegram     the moderators' group's moves to a supergroup
 * </pre>
 *
 * Foreign keys between modules' tables (follow to recommendation, the moderation links to suggestion)
 * are schema, not SQL a module runs, and are not checked here.
 */
class TableOwnershipTest {

    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("suggestion", "suggestion"),
            Map.entry("suggestion_draft", "suggestion"),
            Map.entry("spam_block", "suggestion"),
            Map.entry("recommendation", "catalogue"),
            Map.entry("status_change", "catalogue"),
            Map.entry("follow", "follow"),
            Map.entry("audit_entry", "moderation"),
            Map.entry("relay_message", "moderation"),
            Map.entry("moderator_message", "moderation"),
            Map.entry("meta", "privacy"),
            Map.entry("handled_update", "telegram"),
            Map.entry("outbox", "telegram"),
            Map.entry("deletable_message", "telegram"),
            Map.entry("moderator_presence", "telegram"),
            Map.entry("chat_move", "telegram"));

    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/civicrelay");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** A table named by SQL; the keywords in capitals, so that English in log lines ("from the") is not SQL. */
    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern STRING_CONSTANT =
            Pattern.compile("\\bstatic\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=([^;]*);");
    private static final Pattern MIGRATION_VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?i)\\bALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)");

    @Test
    void every_table_the_migrations_leave_has_exactly_one_owner() {
        assertThat(new TreeSet<>(OWNERS.keySet()))
                .as("tables after the last migration (add a new table to OWNERS, with its owner)")
                .isEqualTo(tablesAfterMigrations());
    }

    @Test
    void no_module_names_a_table_owned_by_another_module() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : mainSources()) {
            for (String table : file.tables()) {
                String owner = OWNERS.get(table);
                if (owner == null) {
                    violations.add(file.name() + " names " + table + ", which no migration creates (or OWNERS lacks)");
                } else if (!owner.equals(file.module())) {
                    violations.add(file.name() + " (module " + file.module() + ") names " + table + ", owned by "
                            + owner + ": ask " + owner + " through its API instead");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void no_module_embeds_sql_that_another_module_wrote() {
        List<SourceFile> sources = mainSources();
        List<String> violations = new ArrayList<>();
        for (SourceFile owner : sources) {
            for (String constant : owner.sqlConstants()) {
                Pattern use = Pattern.compile("\\b" + owner.className() + "\\s*\\.\\s*" + constant + "\\b");
                for (SourceFile user : sources) {
                    if (!user.module().equals(owner.module()) && use.matcher(user.code()).find()) {
                        violations.add(user.name() + " (module " + user.module() + ") embeds the SQL of "
                                + owner.className() + "." + constant + " (module " + owner.module() + ")");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** Proves the scan sees the SQL at all: every owner names each of its tables somewhere. */
    @Test
    void every_table_is_used_by_the_module_that_owns_it() {
        Map<String, Set<String>> used = new TreeMap<>();
        for (SourceFile file : mainSources()) {
            file.tables().forEach(table -> used.computeIfAbsent(file.module(), module -> new TreeSet<>()).add(table));
        }
        OWNERS.forEach((table, owner) -> assertThat(used.getOrDefault(owner, Set.of()))
                .as("tables named by module " + owner).contains(table));
    }

    private static Set<String> tablesAfterMigrations() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            List<Path> ordered = files.filter(file -> MIGRATION_VERSION.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(TableOwnershipTest::version)).toList();
            assertThat(ordered).as("migrations in " + MIGRATIONS).isNotEmpty();
            for (Path migration : ordered) {
                String sql = withoutSqlComments(Files.readString(migration));
                forEachMatch(CREATE_TABLE, sql, match -> tables.add(match.group(1).toLowerCase()));
                forEachMatch(RENAME_TABLE, sql, match -> {
                    tables.remove(match.group(1).toLowerCase());
                    tables.add(match.group(2).toLowerCase());
                });
                forEachMatch(DROP_TABLE, sql, match -> tables.remove(match.group(1).toLowerCase()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static int version(Path migration) {
        Matcher matcher = MIGRATION_VERSION.matcher(migration.getFileName().toString());
        assertThat(matcher.matches()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\n]*", "");
    }

    private static void forEachMatch(Pattern pattern, String text, java.util.function.Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            action.accept(matcher);
        }
    }

    private static List<SourceFile> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            List<SourceFile> sources = files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .map(SourceFile::read).toList();
            assertThat(sources).as("main sources under " + MAIN_SOURCES).isNotEmpty();
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A main source file as the test reads it: its module (the package directly under org.civicrelay),
     * its code without comments, and its string literals (text blocks included).
     */
    record SourceFile(String name, String module, String className, String code, List<String> literals) {

        static SourceFile read(Path path) {
            Path relative = MAIN_SOURCES.relativize(path);
            String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(root)";
            String fileName = relative.getFileName().toString();
            try {
                Lexed lexed = lex(Files.readString(path));
                return new SourceFile(relative.toString(), module, fileName.substring(0, fileName.length() - 5),
                        lexed.code(), lexed.literals());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The tables named by this file's SQL. */
        Set<String> tables() {
            Set<String> tables = new LinkedHashSet<>();
            literals.forEach(literal -> forEachMatch(TABLE_REFERENCE, literal, match -> tables.add(match.group(1))));
            return tables;
        }

        /** String constants of this file whose text names a table: SQL that other modules could borrow. */
        Set<String> sqlConstants() {
            Set<String> constants = new LinkedHashSet<>();
            forEachMatch(STRING_CONSTANT, code, match -> {
                if (lex(match.group(2)).literals().stream().anyMatch(literal -> TABLE_REFERENCE.matcher(literal).find())) {
                    constants.add(match.group(1));
                }
            });
            return constants;
        }
    }

    record Lexed(String code, List<String> literals) {
    }

    /** Java source split into code (comments blanked out, literals kept) and the contents of its string literals. */
    static Lexed lex(String source) {
        StringBuilder code = new StringBuilder(source.length());
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, end));
                code.append(source, i, Math.min(source.length(), end + 3));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, String.valueOf(c));
                if (c == '"') {
                    literals.add(source.substring(i + 1, end));
                }
                code.append(source, i, Math.min(source.length(), end + 1));
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return new Lexed(code.toString(), literals);
    }

    /** Where the literal opened before {@code from} closes, skipping escaped characters. */
    private static int closing(String source, int from, String delimiter) {
        int i = from;
        while (i < source.length() && !source.startsWith(delimiter, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }
}
