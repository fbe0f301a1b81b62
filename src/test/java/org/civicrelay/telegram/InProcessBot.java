package org.civicrelay.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.civicrelay.catalogue.CatalogueReload;
import org.civicrelay.e2e.LogPrivacy;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.HttpReply;
import org.civicrelay.moderation.Triage;
import org.civicrelay.telegram.bot.InProcessPolling;
import org.civicrelay.telegram.outbox.InProcessDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot, in the test's thread, against an in-process fake Telegram ({@link FakeTelegram#inProcess}). Whatever
 * a fake user does (writes, presses a button, blocks the bot) is handled before the action returns: the
 * update goes through the real {@code UpdateReader} and {@code UpdateConsumer}, and the outbox is then
 * delivered through the bot's own client until nothing is due. So a test acts and reads the answer at once,
 * with the synchronous readers of {@link FakeUser} and {@link FakeGroup} ({@code reply()},
 * {@code messageContaining(..)}, {@code edited(..)}, {@code newMessage()}), and presses buttons by their label.
 */
public class InProcessBot {

    public static final String TOKEN = "700001:IN-PROCESS-token";
    public static final long FIRST_MODERATOR = 730_000_001L;
    public static final long SECOND_MODERATOR = 730_000_002L;
    public static final long MODERATORS_CHAT = -1001234567890L;
    /** A loop between the bot and the fake that does not settle is a bug, not a busy chat. */
    private static final int MAX_ROUNDS = 100;

    private final InProcessTransport transport;
    private final InProcessPolling polling;
    private final InProcessDelivery delivery;
    private final CatalogueReload catalogue;
    private final Triage triage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json = new ObjectMapper();
    /** Never reused within a run, so that no per-person state (a flood allowance, a cached name) crosses tests. */
    private final AtomicLong nextUser = new AtomicLong(780_000_001L);

    private FakeTelegram telegram;
    private FakeGroup moderatorsChat;
    private CapturedLog log;
    private Set<Integer> expectedRejections = Set.of();
    private long offset;
    private boolean settling;

    InProcessBot(
            InProcessTransport transport,
            InProcessPolling polling,
            InProcessDelivery delivery,
            CatalogueReload catalogue,
            Triage triage,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        this.transport = transport;
        this.triage = triage;
        this.polling = polling;
        this.delivery = delivery;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ---- for tests

    /** The fake Telegram of this test: its users, groups, calls, callbacks, menus. */
    public FakeTelegram telegram() {
        return telegram;
    }

    /** Someone who has never written to the bot. */
    public FakeUser newUser() {
        return telegram.user(nextUser.getAndIncrement());
    }

    /** Moderator 1 in the bot's settings (a member of the moderators' chat). */
    public FakeUser firstModerator() {
        return telegram.user(FIRST_MODERATOR);
    }

    /** Moderator 2 in the bot's settings (a member of the moderators' chat). */
    public FakeUser secondModerator() {
        return telegram.user(SECOND_MODERATOR);
    }

    /** The moderators' supergroup, with both moderators in it. */
    public FakeGroup moderatorsChat() {
        return moderatorsChat;
    }

    /** A number the database holds now, e.g. {@code count("SELECT count(*) FROM suggestion WHERE ref = ?", ref)}. */
    public int count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Integer.class).single();
    }

    /** Error answers of these codes are part of the test (a follower who deleted their account: 403). */
    public void expectRejections(Integer... errorCodes) {
        expectedRejections = Set.of(errorCodes);
    }

    // ---- for InProcessBotExtension

    void begin() {
        telegram = FakeTelegram.inProcess(TOKEN);
        telegram.setRateLimitsEnabled(false); // pacing is the sender's business, tested end to end
        telegram.pressButtonsByLabelOnly();
        moderatorsChat = telegram.group(MODERATORS_CHAT, "supergroup")
                .withMember(firstModerator())
                .withMember(secondModerator());
        expectedRejections = Set.of();
        offset = 0;
        transport.connect(telegram);
        forgetEverything();
        log = CapturedLog.attach();
        polling.connect(telegram.botId(), telegram.botUsername());
        telegram.afterEachUpdate(this::settle);
    }

    void end() {
        try {
            assertThat(telegram.pendingUpdates()).as("updates never handled").isZero();
            assertThat(telegram.unansweredCallbacks())
                    .as("button presses never answered")
                    .isEmpty();
            assertThat(telegram.rejectedCalls())
                    .as("Bot API calls the real server would reject")
                    .allMatch(call -> expectedRejections.contains(call.errorCode()));
            assertThat(telegram.unimplementedCalls())
                    .as("calls of methods the fake does not model")
                    .isEmpty();
            assertThat(telegram.calls("forwardMessage"))
                    .as("nothing is ever forwarded")
                    .isEmpty();
            assertThat(delivery.queued()).as("calls left in the outbox").isZero();
            assertThat(log.errors()).as("errors logged").isEmpty();
            LogPrivacy.assertRevealsNothing(log.text(), telegram);
        } finally {
            log.detach();
            transport.connect(null);
            telegram.close();
        }
    }

    /**
     * Handles whatever the fake has queued and delivers whatever that queues, until both are quiet. Runs after
     * every update the fake queues; an update queued while the bot is busy (it left a group, say) is picked up
     * by the running loop.
     */
    private void settle() {
        if (settling) {
            return;
        }
        settling = true;
        try {
            int rounds = 0;
            boolean busy;
            do {
                boolean handled = poll();
                // The undo window is 0 s here: decisions are announced as the release job would, at once.
                boolean released = triage.releaseDue() > 0;
                boolean sent = delivery.deliverDue() > 0;
                busy = handled || released || sent;
                if (++rounds > MAX_ROUNDS) {
                    throw new AssertionError("the bot and the fake keep answering each other\n" + telegram.describe());
                }
            } while (busy);
        } finally {
            settling = false;
        }
    }

    /** One getUpdates, as the poller makes it; true if there was anything. */
    private boolean poll() {
        try {
            HttpReply reply = telegram.answer(
                    "/bot" + TOKEN + "/getUpdates",
                    null,
                    "application/json",
                    json.writeValueAsBytes(polling.getUpdatesParams(offset)));
            JsonNode answer = json.readTree(reply.body());
            if (!answer.path("ok").asBoolean()) {
                throw new AssertionError("getUpdates failed: " + answer);
            }
            long next = polling.consume(answer.path("result"), offset);
            boolean any = next != offset;
            offset = next;
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties every table but the schema's history and the key's fingerprint, then reloads the catalogue. */
    private void forgetEverything() {
        polling.forgetFloods();
        List<String> tables = jdbc.sql("""
                SELECT name FROM sqlite_master WHERE type = 'table'
                  AND name NOT IN ('flyway_schema_history', 'meta') AND name NOT LIKE 'sqlite_%'""").query(String.class).list();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("PRAGMA defer_foreign_keys = ON").update();
            tables.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
            catalogue.reload();
        });
    }
}
