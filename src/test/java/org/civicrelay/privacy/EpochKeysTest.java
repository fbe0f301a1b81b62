package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.suggestion.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Forward-secret links against a real SQLite file: what they link while their key lives, and after. */
class EpochKeysTest {

    private static final Duration WINDOW = Duration.ofHours(48);
    private static final Duration EPOCH = Duration.ofHours(1);
    private static final Pseudonym PERSON = new Pseudonym("person-pseudonym-00001");
    private static final Pseudonym OTHER = new Pseudonym("person-pseudonym-00002");

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-14T10:20:00Z"));
    private HikariDataSource database;
    private JdbcClient jdbc;
    private EpochKeys keys;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("civic-relay.db"));
        jdbc = JdbcClient.create(database);
        keys = restart();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_link_is_stable_within_its_epoch_and_unlike_the_pseudonym_or_another_persons() {
        Pseudonym link = keys.current(PERSON);

        clock.advance(Duration.ofMinutes(39)); // 10:59, the same epoch
        assertThat(keys.current(PERSON)).isEqualTo(link).isNotEqualTo(PERSON).isNotEqualTo(keys.current(OTHER));
        clock.advance(Duration.ofMinutes(2)); // 11:01, the next epoch
        assertThat(keys.current(PERSON)).as("a new epoch, a new key").isNotEqualTo(link);
        assertThat(keys.live(PERSON)).as("newest first").containsExactly(keys.current(PERSON), link);
    }

    @Test
    void live_links_survive_a_restart_because_the_keys_are_stored_sealed() {
        Pseudonym link = keys.current(PERSON);
        clock.advance(Duration.ofHours(3));

        EpochKeys restarted = restart();

        assertThat(restarted.live(PERSON)).contains(link);
        assertThat(jdbc.sql("SELECT sealed FROM epoch_key").query((rs, n) -> rs.getBytes(1)).list())
                .as("each key sealed with the data key: version byte, nonce, 32 bytes, tag")
                .allSatisfy(sealed -> assertThat(sealed).hasSize(1 + 12 + 32 + 16).startsWith(2));
    }

    @Test
    void once_its_window_has_passed_the_key_is_destroyed_and_nothing_can_compute_the_link_again() {
        Pseudonym link = keys.current(PERSON); // epoch 10:00-11:00, its key dies at 10:00 + 48 h
        clock.set(Instant.parse("2026-11-16T09:59:00Z"));
        assertThat(keys.purge(clock.instant())).isZero();
        assertThat(keys.live(PERSON)).contains(link);

        clock.set(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(keys.purge(clock.instant())).isEqualTo(1);

        assertThat(keys.live(PERSON)).doesNotContain(link);
        assertThat(restart().live(PERSON)).as("not even from the database").doesNotContain(link);
        assertThat(jdbc.sql("SELECT count(*) FROM epoch_key WHERE epoch < :dead")
                .param("dead", Instant.parse("2026-11-14T11:00:00Z").toEpochMilli() / EPOCH.toMillis())
                .query(Integer.class).single()).isZero();
        assertThat(keys.oldestLinkable(clock.instant())).isEqualTo(Instant.parse("2026-11-14T11:00:00Z"));
    }

    @Test
    void the_current_epochs_key_is_never_destroyed_by_a_look_ahead() {
        Pseudonym link = keys.current(PERSON);

        keys.purge(clock.instant().plus(WINDOW.multipliedBy(2)));

        assertThat(keys.current(PERSON)).isEqualTo(link);
        assertThat(restart().current(PERSON)).isEqualTo(link);
    }

    @Test
    void a_key_made_in_a_transaction_that_rolls_back_is_forgotten_with_it() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        Pseudonym[] seen = new Pseudonym[1];
        transaction.executeWithoutResult(status -> {
            seen[0] = keys.current(PERSON);
            status.setRollbackOnly();
        });

        Pseudonym after = keys.current(PERSON);

        assertThat(after).as("the rolled-back key is not used again").isNotEqualTo(seen[0]);
        assertThat(restart().current(PERSON)).isEqualTo(after);
        assertThat(jdbc.sql("SELECT count(*) FROM epoch_key").query(Integer.class).single()).isEqualTo(1);
    }

    private EpochKeys restart() {
        return TestIdentities.epochKeys(jdbc, clock, WINDOW, EPOCH);
    }
}
