package org.civicrelay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicrelay.MainSources.SourceFile;
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
 * spam_mark           suggestion   which spam-marked suggestion a block comes from (for /unblock)
 * recommendation      catalogue    the catalogue as the bot runs it, with current statuses
 * status_change       catalogue    each recommendation's public history
 * status_draft        catalogue    status changes being prepared, until confirmed
 * follow              follow       who follows which recommendation
 * audit_entry         moderation   what moderators did (the audit trail)
 * relay_message       moderation   links that bring an author's answer back to the moderators
 * moderator_message   moderation   the bot's messages in moderators' chats that stand for a suggestion
 * moderator_note      moderation   moderators' internal notes on a suggestion
 * relay_budget        moderation   how many answers an author relayed about a suggestion this hour
 * held_outcome        moderation   decisions whose message to the author waits out the undo window
 * meta                privacy      the data key's fingerprint
 * handled_update      telegram     update ids already handled (getUpdates is at-least-once)
 * outbox              telegram     every message waiting to be sent
 * deletable_message   telegram     messages that /wipe may still delete
 * moderator_presence  telegram     moderators who have started the bot
 * chat_move           telegram     the moderators' group's moves to a supergroup
 * language_choice     telegram     the language a person chose with /language (chat's Languages)
 * board_post          telegram     the public progress board's message per working group
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
            Map.entry("spam_mark", "suggestion"),
            Map.entry("recommendation", "catalogue"),
            Map.entry("status_change", "catalogue"),
            Map.entry("status_draft", "catalogue"),
            Map.entry("follow", "follow"),
            Map.entry("audit_entry", "moderation"),
            Map.entry("relay_message", "moderation"),
            Map.entry("moderator_message", "moderation"),
            Map.entry("moderator_note", "moderation"),
            Map.entry("relay_budget", "moderation"),
            Map.entry("held_outcome", "moderation"),
            Map.entry("meta", "privacy"),
            Map.entry("handled_update", "telegram"),
            Map.entry("outbox", "telegram"),
            Map.entry("deletable_message", "telegram"),
            Map.entry("moderator_presence", "telegram"),
            Map.entry("chat_move", "telegram"),
            Map.entry("language_choice", "telegram"),
            Map.entry("board_post", "telegram"));

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern MIGRATION_VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern RENAME_TABLE =
            Pattern.compile("(?i)\\bALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)");
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
        for (SourceFile file : MainSources.all()) {
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
        List<SourceFile> sources = MainSources.all();
        List<String> violations = new ArrayList<>();
        for (SourceFile owner : sources) {
            for (String constant : owner.sqlConstants()) {
                Pattern use = Pattern.compile("\\b" + owner.className() + "\\s*\\.\\s*" + constant + "\\b");
                for (SourceFile user : sources) {
                    if (!user.module().equals(owner.module())
                            && use.matcher(user.code()).find()) {
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
        for (SourceFile file : MainSources.all()) {
            file.tables()
                    .forEach(table -> used.computeIfAbsent(file.module(), module -> new TreeSet<>())
                            .add(table));
        }
        OWNERS.forEach((table, owner) -> assertThat(used.getOrDefault(owner, Set.of()))
                .as("tables named by module " + owner)
                .contains(table));
    }

    private static Set<String> tablesAfterMigrations() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            List<Path> ordered = files.filter(file -> MIGRATION_VERSION
                            .matcher(file.getFileName().toString())
                            .matches())
                    .sorted(Comparator.comparingInt(TableOwnershipTest::version))
                    .toList();
            assertThat(ordered).as("migrations in " + MIGRATIONS).isNotEmpty();
            for (Path migration : ordered) {
                String sql = withoutSqlComments(Files.readString(migration));
                MainSources.forEachMatch(
                        CREATE_TABLE, sql, match -> tables.add(match.group(1).toLowerCase()));
                MainSources.forEachMatch(RENAME_TABLE, sql, match -> {
                    tables.remove(match.group(1).toLowerCase());
                    tables.add(match.group(2).toLowerCase());
                });
                MainSources.forEachMatch(
                        DROP_TABLE, sql, match -> tables.remove(match.group(1).toLowerCase()));
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
}
