package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat no one can flood: while one author keeps replying to the bot's messages and one outsider keeps
 * sending /queue in the moderators' group (four times a second each, for a minute), new cards still reach the
 * group within ten seconds; the outsider gets silence, and the author's answers are relayed only within the
 * hour's allowance. The five-minute run with its figure is {@link ModeratorsChatFloodBenchmark}.
 */
@EndToEnd
class FloodE2ETest {

    static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    @Test
    void a_flood_from_one_author_and_one_outsider_does_not_delay_a_new_card_past_ten_seconds() throws Exception {
        try (ModeratorsChatFlood flood = new ModeratorsChatFlood(folder, "700014:FLOOD-token")) {
            ModeratorsChatFlood.Result result = flood.run(Duration.ofSeconds(60), Duration.ofSeconds(15));
            System.out.printf(
                    "flood of 60 s: cards %s ms after their press; %d bot messages in the group%n",
                    result.cardLatencies().stream().map(Duration::toMillis).toList(),
                    result.botMessagesInGroupDuringFlood());

            assertThat(result.cardLatencies())
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(latency -> assertThat(latency).isLessThan(TEN_SECONDS));
            assertThat(result.authorReplies()).isGreaterThan(200);
            assertThat(result.outsiderCommands()).isGreaterThan(200);
            assertThat(result.refusalsInGroup()).as("the outsider met silence").isZero();
            assertThat(result.relayedAnswersInGroup())
                    .as("the hour's allowance of answers")
                    .isLessThanOrEqualTo(5);
            assertThat(result.tooManyRequests()).isZero();
            BotChecks.assertBotApiUsedCorrectly(flood.telegram(), flood.bot());
        }
    }
}
