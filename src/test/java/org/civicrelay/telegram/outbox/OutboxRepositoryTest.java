package org.civicrelay.telegram.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a queued call looks like on disk: its chat and its payload sealed for the row's chat, and nothing else. */
class OutboxRepositoryTest {

    private static final long CHAT = 720_000_006L;
    private static final long OTHER_CHAT = 720_000_007L;
    private static final long NOW = 1_780_000_000_000L;

    @TempDir
    Path folder;

    private final Identities identities = TestIdentities.identities();
    private HikariDataSource database;
    private JdbcClient jdbc;
    private OutboxRepository rows;

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
        jdbc = JdbcClient.create(database);
        rows = new OutboxRepository(jdbc, new NamedParameterJdbcTemplate(database), identities);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_queued_message_is_sealed_and_reads_back_as_it_was_queued() throws IOException {
        Outbound echo = Outbound.send("<blockquote>Ferret-lantern-5521, my suggestion</blockquote>", null, true);

        rows.insert(Lane.REPLY, CHAT, key(CHAT), false, echo, "relay:S-7KQ3X", NOW, 0);

        assertThat(rows.nextDue(NOW, 10)).singleElement().satisfies(row -> {
            assertThat(row.outbound()).isEqualTo(echo);
            assertThat(identities.open(row.chat())).isEqualTo(CHAT);
            assertThat(row.onSent()).isEqualTo("relay:S-7KQ3X");
        });
        assertThat(jdbc.sql("SELECT kind || ' ' || typeof(payload) FROM outbox")
                        .query(String.class)
                        .single())
                .as("the kind stays readable, the payload is a sealed blob")
                .isEqualTo("SEND blob");
        assertThat(fileContains("Ferret-lantern-5521"))
                .as("the text in the database, -wal or -shm")
                .isFalse();
        assertThat(fileContains(Long.toString(CHAT))).isFalse();
    }

    @Test
    void a_payload_moved_to_another_chats_row_does_not_open() {
        rows.insert(Lane.REPLY, CHAT, key(CHAT), false, Outbound.send("for the author only", null, true), null, NOW, 0);

        jdbc.sql("UPDATE outbox SET chat_key = :other")
                .param("other", key(OTHER_CHAT))
                .update();

        assertThatIllegalArgumentException().isThrownBy(() -> rows.nextDue(NOW, 10));
    }

    @Test
    void re_addressing_seals_the_chat_and_payload_again_for_the_new_chat() {
        rows.insert(
                Lane.MODERATION,
                -4_012_345_678L,
                key(-4_012_345_678L),
                true,
                Outbound.send("card", null, true),
                "card:S-7KQ3X",
                NOW,
                0);
        rows.insert(
                Lane.MODERATION,
                -4_012_345_678L,
                key(-4_012_345_678L),
                true,
                Outbound.edit(5, "edited", null),
                null,
                NOW,
                0);

        assertThat(rows.readdress(key(-4_012_345_678L), -1_004_012_345_678L, key(-1_004_012_345_678L), NOW))
                .isEqualTo(1);

        List<OutboxRow> due = rows.nextDue(NOW, 10);
        assertThat(due)
                .extracting(row ->
                        identities.open(row.chat()) + " " + row.outbound().kind())
                .containsExactlyInAnyOrder("-1004012345678 SEND", "-4012345678 EDIT");
    }

    @Test
    void a_held_card_leaves_after_its_hold_and_does_not_hold_up_the_chats_other_messages() {
        long group = -1_004_012_345_678L;
        rows.insert(
                Lane.MODERATION,
                group,
                key(group),
                true,
                Outbound.send("card", null, true),
                "card:S-7KQ3X",
                NOW,
                NOW + 90_000);
        rows.insert(Lane.REPLY, group, key(group), true, Outbound.send("/queue answer", null, true), null, NOW, 0);

        assertThat(rows.nextDue(NOW, 10))
                .extracting(row -> row.outbound().text())
                .containsExactly("/queue answer");
        rows.delete(rows.nextDue(NOW, 10).get(0).id());
        assertThat(rows.nextDue(NOW + 89_999, 10)).isEmpty();
        assertThat(rows.nextNotBefore())
                .as("the sender wakes when the hold ends")
                .isEqualTo(NOW + 90_000);
        assertThat(rows.nextDue(NOW + 90_000, 10))
                .extracting(row -> row.outbound().text())
                .containsExactly("card");
    }

    @Test
    void rows_queued_before_the_upgrade_are_sealed_again_and_still_sent() {
        jdbc.sql("""
                INSERT INTO outbox (lane, chat, chat_key, group_chat, payload, not_before, created_at)
                VALUES (0, :chat, :chatKey, 0, :payload, :now, :now)""")
                .param("chat", TestIdentities.sealedTheOldWay(CHAT))
                .param("chatKey", key(CHAT))
                .param("payload", "{\"kind\":\"SEND\",\"text\":\"queued before the upgrade\",\"protect\":true}")
                .param("now", NOW)
                .update();

        assertThat(rows.resealLegacy()).isEqualTo(1);
        assertThat(rows.resealLegacy()).as("once is enough").isZero();

        assertThat(rows.nextDue(NOW, 10)).singleElement().satisfies(row -> {
            assertThat(identities.open(row.chat())).isEqualTo(CHAT);
            assertThat(row.outbound()).isEqualTo(Outbound.send("queued before the upgrade", null, true));
        });
    }

    @Test
    void nothing_queued_outlives_a_day_and_a_row_erased_meanwhile_is_reported_gone() {
        rows.insert(Lane.BULK, CHAT, key(CHAT), false, Outbound.send("old", null, false), null, NOW - 86_400_001L, 0);
        rows.insert(Lane.BULK, OTHER_CHAT, key(OTHER_CHAT), false, Outbound.send("new", null, false), null, NOW, 0);

        assertThat(new OutboxRetention(rows).purge(java.time.Instant.ofEpochMilli(NOW)))
                .isEqualTo(1);

        long id = rows.nextDue(NOW, 10).get(0).id();
        assertThat(rows.delete(id)).isTrue();
        assertThat(rows.delete(id))
                .as("already gone, e.g. erased by /forget while in flight")
                .isFalse();
    }

    private String key(long chat) {
        return identities.pseudonym(chat).value();
    }

    private boolean fileContains(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = folder.resolve("bot.db" + suffix);
            if (Files.exists(file)
                    && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }
}
