package org.civicrelay.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CappedBackOffTest {

    @Test
    void the_delay_starts_near_half_a_second_and_roughly_doubles() {
        CappedBackOff backOff = new CappedBackOff(Duration.ofSeconds(60));

        for (int round = 0; round < 50; round++) {
            assertThat(backOff.delayFor(0)).isBetween(450L, 550L);
            assertThat(backOff.delayFor(1)).isBetween(900L, 1_100L);
            assertThat(backOff.delayFor(4)).isBetween(7_200L, 8_800L);
        }
        long previous = 0;
        for (int failure = 0; failure < 6; failure++) {
            long next = backOff.nextBackOffMillis();
            assertThat(next).as("failure %d", failure + 1).isGreaterThan(previous);
            previous = next;
        }
        backOff.reset();
        assertThat(backOff.nextBackOffMillis())
                .as("after a success it starts over")
                .isBetween(450L, 550L);
    }

    @Test
    void the_delay_never_exceeds_the_cap_however_long_the_outage() {
        CappedBackOff backOff = new CappedBackOff(Duration.ofSeconds(60));
        for (int failure = 0; failure < 200; failure++) {
            assertThat(backOff.nextBackOffMillis()).isBetween(1L, 60_000L);
        }
        assertThat(backOff.delayFor(Integer.MAX_VALUE)).isBetween(54_000L, 60_000L);
        assertThat(new CappedBackOff(Duration.ofMillis(100)).delayFor(10))
                .as("a cap below the first delay is raised to it")
                .isBetween(450L, 500L);
    }
}
