package org.civicrelay.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** The moderators' group followed across Telegram's upgrade to a supergroup, against a real SQLite file. */
class ModeratorChatTest {

    private static final long GROUP = -4_012_345_678L;
    private static final long SUPERGROUP = -1_004_012_345_678L;

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final Identities identities = TestIdentities.identities();
    private HikariDataSource database;
    private JdbcClient jdbc;
    private OutboxRepository rows;
    private Outbox outbox;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
        jdbc = JdbcClient.create(database);
        rows = new OutboxRepository(jdbc, new NamedParameterJdbcTemplate(database), identities);
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
    void a_move_is_followed_remembered_and_the_old_id_still_counts_for_old_cards() {
        ModeratorChat chat = chat(GROUP);

        assertThat(chat.moved(GROUP, SUPERGROUP)).isTrue();

        assertThat(chat.current()).contains(SUPERGROUP);
        assertThat(chat.withEarlierIds()).containsExactly(SUPERGROUP, GROUP);
        assertThat(chat.is(GROUP)).isTrue();
        assertThat(chat(GROUP).current())
                .as("after a restart with the old setting")
                .contains(SUPERGROUP);
        assertThat(chat(SUPERGROUP).withEarlierIds())
                .as("after the operator updates the setting")
                .containsExactly(SUPERGROUP, GROUP);
    }

    @Test
    void the_second_report_of_the_same_move_is_not_news() {
        ModeratorChat chat = chat(GROUP);

        assertThat(chat.moved(GROUP, SUPERGROUP)).isTrue();
        assertThat(chat.moved(GROUP, SUPERGROUP)).isFalse();
    }

    @Test
    void moves_of_other_groups_are_ignored() {
        ModeratorChat chat = chat(GROUP);

        assertThat(chat.moved(-4_999L, -1_004_999L)).isFalse();
        assertThat(chat.current()).contains(GROUP);
        assertThat(chat(null).moved(GROUP, SUPERGROUP))
                .as("without a moderators' chat")
                .isFalse();
    }

    @Test
    void waiting_cards_follow_the_move_but_edits_stay_with_their_message() {
        outbox.enqueue(GROUP, true, Lane.MODERATION, Outbound.send("card", null, true), "card:S-AAAAA");
        outbox.enqueue(GROUP, true, Lane.MODERATION, Outbound.edit(42, "decided", Keyboard.NONE));
        outbox.enqueue(710_000_001L, false, Lane.REPLY, Outbound.send("hello", null, false));

        chat(GROUP).moved(GROUP, SUPERGROUP);

        assertThat(rows.nextDue(Long.MAX_VALUE, 10))
                .extracting(row ->
                        identities.open(row.chat()) + " " + row.outbound().kind())
                .containsExactlyInAnyOrder(SUPERGROUP + " SEND", GROUP + " EDIT", "710000001 SEND");
        assertThat(rows.nextDue(Long.MAX_VALUE, 10))
                .filteredOn(row -> row.outbound().kind() == Outbound.Kind.SEND && row.groupChat())
                .singleElement()
                .satisfies(row -> assertThat(row.chatKey())
                        .isEqualTo(identities.pseudonym(SUPERGROUP).value()));
    }

    @Test
    void refusal_is_reported_once_until_the_chat_accepts_messages_again() {
        ModeratorChat chat = chat(GROUP);

        chat.refused("403 forbidden");
        chat.refused("403 forbidden");
        assertThat(chat.isUnreachable()).isTrue();
        assertThat(chat.reachable()).as("it was unreachable").isTrue();
        assertThat(chat.reachable()).isFalse();
    }

    private ModeratorChat chat(Long configured) {
        return new ModeratorChat(
                TestSettings.bot().moderatorChat(configured).outbox(), new ChatMoveRepository(jdbc), outbox, clock);
    }
}
