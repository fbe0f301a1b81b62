package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicrelay.config.TestSettings;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forensic suite for a server copied or seized while it runs, with its data key beside it: the bot is
 * never stopped; every file it wrote (database, -wal, -shm, a backup made afterwards, its log) is copied as it
 * is and searched with the project's own key derivation for a list of candidate ids, the real author among
 * them ({@link Forensics}). The anonymity window and the epochs are seconds long here (settings), the purge
 * and the WAL scrub run every second.
 */
@EndToEnd
class SeizedWhileRunningE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** How long after the window the disk may take to forget (purge and scrub every second, a busy machine). */
    static final Duration SETTLE = Duration.ofSeconds(45);

    static final long MODERATORS_CHAT = -1004440000002L;
    static final long MODERATOR = 7_118_225_902L;
    static final long AUTHOR = 7_391_846_377L;
    /** Someone who follows a recommendation: kept on purpose, so the search must keep finding them. */
    static final long FOLLOWER = 7_391_846_488L;

    static final String CANCELLED = "Cancelled draft, marker Vb93Lq.";
    static final String EDITED_AWAY = "First draft edited away, marker Hw27Pz.";
    static final String SENT = "The anonymous suggestion itself, marker Tm54Rc.";

    @TempDir
    Path temp;

    FakeTelegram telegram;
    FakeGroup moderators;
    BotProcess bot;
    Path botFolder;

    @BeforeEach
    void fake() {
        telegram = FakeTelegram.start("700011:SEIZED-token");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        botFolder = temp.resolve("server");
    }

    @AfterEach
    void stop() {
        BotChecks.stop(bot, telegram);
    }

    /** The bot with its key in a secret file outside the data, as Docker or systemd would give it. */
    private BotProcess startBot(String window, String epoch) throws IOException {
        Path secret = Files.createDirectories(temp.resolve("secrets")).resolve("data-key");
        Files.writeString(secret, TestSettings.DATA_KEY + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        bot = BotProcess.against(telegram, botFolder)
                .set("BOT_DATA_KEY_FILE", secret.toString())
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", String.valueOf(MODERATOR))
                .set("BOT_ANONYMITY_WINDOW", window)
                .set("BOT_ANONYMITY_EPOCH", epoch)
                .set("BOT_RETENTION_PURGE_INTERVAL", "1s")
                .set("BOT_RETENTION_SCRUB_INTERVAL", "1s")
                .startAndAwaitPolling(telegram);
        return bot;
    }

    @Test
    void seized_while_running_with_the_key_the_disk_cannot_say_who_wrote_an_anonymous_suggestion() throws Exception {
        startBot("8s", "2s");
        FakeUser author = telegram.user(AUTHOR).firstName("Dilnozaqx").username("dilnoza_r_5150");
        FakeUser moderator = telegram.user(MODERATOR);
        moderators.withMember(moderator);
        follows(telegram.user(FOLLOWER), "R2");
        cancelledDraft(author);
        String reference = suggestAfterEditingTheFirstDraft(author);
        BotMessage card = moderators.awaitMessageContaining(SENT, WAIT);
        moderators.memberPresses(moderator, card, "tri:a");
        moderators.memberPresses(moderator, moderators.awaitEdit(card, WAIT), "tri:a:-");
        moderators.awaitMessage(
                m -> m.messageId() == card.messageId() && m.plainText().contains("Accepted"), WAIT);
        author.send("/help");
        author.awaitMessageContaining("What you can do", WAIT);
        Instant lastSeen = Instant.now();
        Forensics forensics = forensics(reference);

        List<String> findings = settled(forensics, lastSeen.plusSeconds(8));
        assertThat(unexpected(findings))
                .as(
                        "a copy of the running server, its backup and its log, with the data "
                                + "key, %s after the author was last active: anything about the author or the discarded drafts",
                        Duration.between(lastSeen, Instant.now()))
                .isEmpty();
        assertThat(about(FOLLOWER, findings))
                .as("control: the search finds the follower, whom the bot must keep "
                        + "(sealed chat id and pseudonym), in the database and in the backup")
                .anyMatch(finding -> finding.startsWith("civic-relay.db follow.chat: the sealed id"))
                .anyMatch(finding -> finding.startsWith("round-"));
        assertThat(query("SELECT count(*) FROM suggestion WHERE ref = '" + reference + "' AND body LIKE '%Tm54Rc%'"))
                .as("the suggestion itself is kept, linked to nobody")
                .isEqualTo("1");
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    @Test
    void after_forget_nothing_links_the_person_to_a_pending_anonymous_suggestion_long_before_its_window_ends()
            throws Exception {
        startBot("48h", "1h");
        FakeUser author = telegram.user(AUTHOR);
        follows(author, "R1");
        String reference = Activists.submit(author, "suggest:grassroots", SENT, "review:anon", WAIT);
        moderators.awaitMessageContaining(SENT, WAIT);
        Forensics forensics = forensics(reference);
        assertThat(query("SELECT count(*) FROM suggestion WHERE author_key IS NOT NULL"))
                .as("the running bot can still recognise the author, for a spam block")
                .isEqualTo("1");
        assertThat(about(
                        AUTHOR,
                        forensics.findings(
                                Forensics.copyWhileRunning(botFolder, temp.resolve("control")),
                                temp.resolve("scratch"))))
                .as("control: before /forget the disk knows the follower")
                .isNotEmpty();

        author.send("/forget");
        author.press(author.awaitMessageContaining("Erase everything", WAIT), "forget:all");
        author.awaitMessageContaining("keeps nothing more", WAIT);

        assertThat(settled(forensics, Instant.now()))
                .as("a copy of the running server after /forget")
                .isEmpty();
        assertThat(query("SELECT count(*) FROM suggestion WHERE ref = '" + reference + "' AND author_key IS NULL "
                        + "AND state = 'PENDING' AND body IS NOT NULL"))
                .as("what /forget says remains: the suggestion, awaiting its decision, linked to nobody")
                .isEqualTo("1");
        BotChecks.assertBotApiUsedCorrectly(telegram, bot);
    }

    private void follows(FakeUser person, String recommendation) {
        person.send("/subscribe " + recommendation);
        person.awaitMessageContaining("You now follow " + recommendation, WAIT);
    }

    private static List<String> about(long candidate, List<String> findings) {
        return findings.stream()
                .filter(finding -> finding.contains(String.valueOf(candidate)))
                .toList();
    }

    /** Everything found but the follower, whom the bot keeps on purpose. */
    private static List<String> unexpected(List<String> findings) {
        return findings.stream()
                .filter(finding -> !finding.contains(String.valueOf(FOLLOWER)))
                .toList();
    }

    private void cancelledDraft(FakeUser author) {
        author.send("/suggest");
        author.press(author.awaitMessageContaining("Which working group", WAIT), "suggest:media");
        author.awaitMessageContaining("Write your suggestion", WAIT);
        author.send(CANCELLED);
        BotMessage review = author.awaitMessageContaining("Please check", WAIT);
        author.press(review, "review:cancel");
        author.awaitEdit(review, WAIT);
    }

    private String suggestAfterEditingTheFirstDraft(FakeUser author) {
        author.send("/suggest");
        author.press(author.awaitMessageContaining("Which working group", WAIT), "suggest:grassroots");
        author.awaitMessageContaining("Write your suggestion", WAIT);
        author.send(EDITED_AWAY);
        BotMessage firstReview = author.awaitMessageContaining(EDITED_AWAY, WAIT);
        author.press(firstReview, "review:edit");
        author.awaitEdit(firstReview, WAIT);
        author.send(SENT);
        BotMessage review = author.awaitMessageContaining(SENT, WAIT);
        author.press(review, "review:anon");
        BotMessage stored = author.awaitMessage(
                m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"), WAIT);
        return stored.plainText().replaceAll("(?s).*?Reference: (S-[A-Z0-9]{4,10}).*", "$1");
    }

    /** The real author and a follower among people who never used the bot; the texts no disk may hold. */
    private Forensics forensics(String reference) {
        List<Long> candidates = new ArrayList<>(List.of(AUTHOR, FOLLOWER));
        Random random = new Random(11);
        for (int i = 0; i < 9; i++) {
            candidates.add(7_000_000_000L + random.nextInt(1_000_000_000));
        }
        return new Forensics(candidates, List.of(CANCELLED, EDITED_AWAY, "Vb93Lq", "Hw27Pz"), List.of(reference));
    }

    /**
     * From {@code notBefore} on, copies the running server (with a fresh backup of it) until nothing is found
     * but the follower or {@link #SETTLE} has passed; returns the last findings, the follower's included.
     */
    private List<String> settled(Forensics forensics, Instant notBefore) throws Exception {
        long sleep = Duration.between(Instant.now(), notBefore).toMillis();
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
        Instant deadline = Instant.now().plus(SETTLE);
        List<String> findings;
        int round = 0;
        do {
            round++;
            backup("round-" + round);
            Path seized = temp.resolve("seized-" + round);
            findings = forensics.findings(Forensics.copyWhileRunning(botFolder, seized), temp.resolve("scratch"));
            if (!unexpected(findings).isEmpty()) {
                Thread.sleep(1_000);
            }
        } while (!unexpected(findings).isEmpty() && Instant.now().isBefore(deadline));
        return findings;
    }

    /** {@code backup FILE} run beside the live bot, into the server's folder: part of what is seized. */
    private void backup(String name) throws Exception {
        Path log = temp.resolve("backup-" + name + ".log");
        Path file = Files.createDirectories(botFolder.resolve("backups")).resolve(name + ".db");
        Process backup = bot.command(log, "backup", file.toString());
        assertThat(backup.waitFor(120, TimeUnit.SECONDS))
                .as("the backup finishes")
                .isTrue();
        assertThat(backup.exitValue()).as(Files.readString(log)).isZero();
    }

    private String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + bot.databaseFile());
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.getString(1);
        }
    }
}
