package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.privacy.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a seized disk would show after /forget: the bot's real files (database, WAL, key, log) after a crash.
 * /forget, /wipe and /mysubmissions themselves are tested in-process ({@code telegram.mydata.MyDataFlowTest}).
 */
@EndToEnd
class ForgetAndWipeE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long MODERATORS_CHAT = -1004440000001L;
    static final long MODERATOR = 7_118_225_901L;
    /** Distinctive values, to be looked for in every file the bot wrote. */
    static final long ACTIVIST = 7_391_846_205L;

    static final String FIRST_NAME = "Zarinaxq";
    static final String LAST_NAME = "Karimovayz";
    static final String USERNAME = "zarina_k_4417";
    static final String PHONE = "+998901112233";

    @TempDir
    Path folder;

    FakeTelegram telegram;
    FakeGroup moderators;
    BotProcess bot;

    @BeforeEach
    void start() {
        telegram = FakeTelegram.start("700006:FORGET-token");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup");
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", String.valueOf(MODERATOR))
                .startAndAwaitPolling(telegram);
    }

    @AfterEach
    void stop() {
        bot.close();
        LogPrivacy.assertRevealsNothing(bot, telegram);
        telegram.close();
    }

    private FakeUser activist() {
        return telegram.user(ACTIVIST).firstName(FIRST_NAME).lastName(LAST_NAME).username(USERNAME);
    }

    /**
     * The forensic test: a full scenario with distinctive ids, names, username and phone number, then a
     * crash; none of them may be found in any file the bot wrote, as text or as a SQLite integer.
     */
    @Test
    void a_seized_disk_reveals_no_identifier_name_username_or_phone_number() throws Exception {
        FakeUser user = activist();
        user.sendContact(PHONE);
        user.awaitMessageContaining("removed", WAIT);
        String secretText = "Forensic scenario suggestion, marker Qx7vTz.";
        String reference = submitReachable(user, secretText);
        FakeUser moderator = telegram.user(MODERATOR).firstName("Modfirstqq").username("mod_user_5521");
        moderators.withMember(moderator).memberSends(moderator, "/reply " + reference + " Thank you, tell us more.");
        BotMessage relayed = user.awaitMessageContaining("Thank you, tell us more", WAIT);
        user.replyTo(relayed, "Here is more, from me.");
        moderators.awaitMessageContaining("Here is more, from me.", WAIT);
        user.send("/forget");
        user.press(user.awaitMessageContaining("Erase everything", WAIT), "Erase my data and my suggestions' text");
        user.awaitMessageContaining("keeps nothing more", WAIT);
        // The erased text goes from the database file (secure_delete) and from the WAL (checkpointed after /forget).
        telegram.await(
                () -> Stream.of("", "-wal", "-shm")
                        .map(suffix -> Path.of(bot.databaseFile() + suffix))
                        .noneMatch(file -> contains(file, "Qx7vTz")),
                WAIT,
                "the erased text to leave every database file");
        bot.kill();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .extracting(path -> path.getFileName().toString())
                .contains("civic-relay.db", "civic-relay.key", "bot.log");
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (long id : new long[] {ACTIVIST, MODERATOR, MODERATORS_CHAT}) {
                for (byte[] pattern : integerForms(id)) {
                    if (Bytes.indexOf(bytes, pattern) >= 0) {
                        findings.add(file.getFileName() + ": id " + id + " as " + pattern.length + " bytes");
                    }
                }
            }
            for (String text : List.of(
                    FIRST_NAME,
                    LAST_NAME,
                    USERNAME,
                    PHONE,
                    PHONE.substring(1),
                    "Modfirstqq",
                    "mod_user_5521",
                    "Qx7vTz")) {
                if (text.equals("Qx7vTz") && file.getFileName().toString().equals("bot.log")) {
                    continue; // the log never had it either, but LogPrivacy checks logs; this is about the data files
                }
                if (Bytes.indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    findings.add(file.getFileName() + ": " + text);
                }
            }
        }
        assertThat(findings).as("identifying data found in %s", files).isEmpty();
    }

    /** The id as decimal text and as the big-endian integers SQLite stores (8 and, when it fits, 6 bytes). */
    static List<byte[]> integerForms(long id) {
        List<byte[]> forms = new ArrayList<>();
        forms.add(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
        forms.add(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putLong(id).array());
        forms.add(ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(id)
                .array());
        if (Math.abs(id) < (1L << 47)) {
            byte[] eight = ByteBuffer.allocate(8).putLong(id).array();
            forms.add(java.util.Arrays.copyOfRange(eight, 2, 8));
        }
        return forms;
    }

    static boolean contains(Path file, String text) {
        try {
            return Files.exists(file)
                    && Bytes.indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8)) >= 0;
        } catch (IOException e) {
            return true; // being rewritten: look again
        }
    }

    private String submitReachable(FakeUser user, String text) {
        user.send("/suggest");
        user.press(
                user.awaitMessageContaining("Which working group", WAIT),
                "Supporting grassroots activism in difficult environments");
        user.awaitMessageContaining("Write your suggestion", WAIT);
        user.send(text);
        BotMessage review = user.awaitMessageContaining("Please check", WAIT);
        user.press(review, Activists.REACHABLE);
        BotMessage stored = user.awaitMessage(
                m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"), WAIT);
        moderators.awaitMessageContaining(text, WAIT);
        return stored.plainText().replaceAll("(?s).*?Reference: (S-[A-Z0-9]{4,10}).*", "$1");
    }
}
