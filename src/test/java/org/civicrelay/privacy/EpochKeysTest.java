package org.civicrelay.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.civicrelay.suggestion.MovableClock;
import org.junit.jupiter.api.Test;

/** Forward-secret links: what they link while their key lives in memory, and after. */
class EpochKeysTest {

    private static final Duration WINDOW = Duration.ofHours(48);
    private static final Duration EPOCH = Duration.ofHours(1);
    private static final Pseudonym PERSON = new Pseudonym("person-pseudonym-00001");
    private static final Pseudonym OTHER = new Pseudonym("person-pseudonym-00002");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-14T10:20:00Z"));
    private final EpochKeys keys = TestIdentities.epochKeys(clock, WINDOW, EPOCH);

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
    void the_keys_live_in_memory_only_so_a_restart_links_nobody_and_says_since_when() {
        Pseudonym link = keys.current(PERSON);
        clock.advance(Duration.ofHours(3));

        EpochKeys restarted = TestIdentities.epochKeys(clock, WINDOW, EPOCH);

        assertThat(restarted.live(PERSON)).doesNotContain(link);
        assertThat(restarted.oldestLinkable(clock.instant()))
                .as("nothing from before the restart")
                .isEqualTo(clock.instant());
        assertThat(keys.live(PERSON)).as("the process that made it still can").contains(link);
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
        assertThat(keys.oldestLinkable(clock.instant())).isEqualTo(Instant.parse("2026-11-14T11:00:00Z"));
    }

    @Test
    void the_current_epochs_key_is_never_destroyed_by_a_look_ahead() {
        Pseudonym link = keys.current(PERSON);

        keys.purge(clock.instant().plus(WINDOW.multipliedBy(2)));

        assertThat(keys.current(PERSON)).isEqualTo(link);
    }
}
