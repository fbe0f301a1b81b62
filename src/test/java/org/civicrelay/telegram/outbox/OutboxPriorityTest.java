package org.civicrelay.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.config.TestSettings;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which row of a chat leaves first, the cap on a chat's backlog, and answers to presses that come too late, against a real SQLite file. */
class OutboxPriorityTest {

    private static final long MODERATORS = -1_001_234_000_001L;
    private static final long ALICE = 710_000_001L;

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final Identities identities = TestIdentities.identities();
    private HikariDataSource database;
    private OutboxRepository rows;
    private Outbox outbox;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
        rows = new OutboxRepository(JdbcClient.create(database), new NamedParameterJdbcTemplate(database), identities);
        outbox = new Outbox(
                rows,
                identities,
                new OutboxSignal(),
                clock,
                new java.security.SecureRandom(),
                TestSettings.bot().outbox());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void within_a_chat_cards_edits_and_answers_overtake_relayed_and_bulk_rows_which_keep_their_own_order() {
        outbox.enqueue(MODERATORS, true, Lane.RELAY, Outbound.send("answer 1", null, true));
        outbox.enqueue(MODERATORS, true, Lane.RELAY, Outbound.send("answer 2", null, true));
        outbox.enqueue(MODERATORS, true, Lane.MODERATION, Outbound.send("card", null, true));
        outbox.enqueue(MODERATORS, true, Lane.REPLY, Outbound.edit(5, "step", Keyboard.NONE));

        assertThat(sendOrder(MODERATORS)).containsExactly("card", "step", "answer 1", "answer 2");
    }

    @Test
    void across_chats_relayed_answers_go_with_the_cards_and_before_bulk_notices() {
        outbox.enqueue(ALICE, false, Lane.BULK, Outbound.send("notice", null, true));
        outbox.enqueue(MODERATORS, true, Lane.RELAY, Outbound.send("answer", null, true));

        assertThat(rows.nextDue(clock.millis(), 10))
                .extracting(row -> row.outbound().text())
                .containsExactly("answer", "notice");
    }

    @Test
    void a_chats_backlog_of_relayed_and_bulk_rows_is_capped_but_the_moderators_work_never_is() {
        for (int i = 0; i < Outbox.BACKLOG_CAP; i++) {
            assertThat(outbox.enqueue(MODERATORS, true, Lane.RELAY, Outbound.send("answer " + i, null, true)))
                    .isTrue();
        }

        assertThat(outbox.enqueue(MODERATORS, true, Lane.RELAY, Outbound.send("one too many", null, true)))
                .isFalse();
        assertThat(outbox.enqueue(MODERATORS, true, Lane.BULK, Outbound.send("also too many", null, true)))
                .isFalse();
        assertThat(outbox.enqueue(MODERATORS, true, Lane.MODERATION, Outbound.send("card", null, true)))
                .isTrue();
        assertThat(outbox.enqueue(MODERATORS, true, Lane.REPLY, Outbound.send("reply", null, false)))
                .isTrue();
        assertThat(outbox.enqueue(ALICE, false, Lane.BULK, Outbound.send("notice", null, true)))
                .as("other chats")
                .isTrue();
        assertThat(rows.count()).isEqualTo(Outbox.BACKLOG_CAP + 3);
    }

    @Test
    void an_answer_to_a_button_press_that_waited_past_telegrams_window_is_not_sent_other_rows_are() {
        outbox.enqueue(ALICE, false, Lane.REPLY, Outbound.answer("press-1", "Done", false));
        outbox.enqueue(ALICE, false, Lane.BULK, Outbound.send("notice", null, true));
        List<OutboxRow> queued = rows.nextDue(clock.millis(), 10);
        long justInTime = clock.millis() + Delivery.CALLBACK_ANSWER_WINDOW.toMillis();

        assertThat(queued).filteredOn(row -> Delivery.tooLate(row, justInTime)).isEmpty();
        assertThat(queued)
                .filteredOn(row -> Delivery.tooLate(row, justInTime + 1))
                .extracting(row -> row.outbound().kind())
                .containsExactly(Outbound.Kind.ANSWER_CALLBACK);
    }

    /** The texts of one chat's rows in the order the sender would take them. */
    private List<String> sendOrder(long chatId) {
        String chatKey = identities.pseudonym(chatId).value();
        List<String> order = new java.util.ArrayList<>();
        while (true) {
            List<OutboxRow> due = rows.nextDue(clock.millis(), 10).stream()
                    .filter(row -> row.chatKey().equals(chatKey))
                    .toList();
            if (due.isEmpty()) {
                return order;
            }
            order.add(due.get(0).outbound().text());
            rows.delete(due.get(0).id());
        }
    }
}
