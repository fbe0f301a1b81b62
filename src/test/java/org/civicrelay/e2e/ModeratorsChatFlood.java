package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;

/**
 * One author and one outsider try to stall the moderators' chat, as issue 13 describes: the author keeps
 * replying to the bot's messages about their suggestions (an outcome, and a question), the outsider keeps
 * sending /queue in the moderators' group. Meanwhile, other activists send suggestions now and then; the
 * figure is the time from the press that stores each one to its card's arrival in the group (on the fake's
 * clock, which is the wall clock): a conservative measure of "creation to arrival", as the press comes before
 * the bot stores the suggestion.
 */
final class ModeratorsChatFlood implements AutoCloseable {

    static final long MODERATORS_CHAT = -1001234567014L;
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration GROUP_WAIT = Duration.ofSeconds(90);

    /** What one run measured. */
    record Result(
            Duration flood,
            List<Duration> cardLatencies,
            List<Duration> cardsSentAt,
            int authorReplies,
            int outsiderCommands,
            int botMessagesInGroupDuringFlood,
            int relayedAnswersInGroup,
            int refusalsInGroup,
            int tooManyRequests,
            int rejectedCalls) {

        Duration max() {
            return cardLatencies.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        }

        Duration median() {
            List<Duration> sorted = cardLatencies.stream().sorted().toList();
            return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2);
        }
    }

    private final FakeTelegram telegram;
    private final BotProcess bot;
    private final FakeGroup moderators;
    private final FakeUser moderator;
    private final FakeUser outsider;
    private long nextUser = 795_000_001L;

    ModeratorsChatFlood(Path folder, String token) {
        telegram = FakeTelegram.start(token);
        moderator = telegram.user(730_000_141L);
        outsider = telegram.user(730_000_149L)
                .firstName("Outsider")
                .lastName("Flooder")
                .username("outsider_flood");
        moderators = telegram.group(MODERATORS_CHAT, "supergroup")
                .withMember(moderator)
                .withMember(outsider);
        bot = BotProcess.against(telegram, folder)
                .set("BOT_MODERATOR_CHAT_ID", String.valueOf(MODERATORS_CHAT))
                .set("BOT_MODERATORS", String.valueOf(moderator.id()))
                .startAndAwaitPolling(telegram);
    }

    FakeTelegram telegram() {
        return telegram;
    }

    BotProcess bot() {
        return bot;
    }

    /** Floods for {@code flood}, with a new suggestion every {@code cardEvery}; returns what was measured. */
    Result run(Duration flood, Duration cardEvery) throws InterruptedException {
        // The flooding author: one suggestion accepted (its outcome to reply to), one with a question asked.
        FakeUser author = telegram.user(nextUser++)
                .firstName("Flooding")
                .lastName("Author")
                .username("flooding_author");
        String accepted = submit(author, "Accept me, then hear me.").ref();
        decide(accepted, "tri:a", "tri:a:-");
        BotMessage outcome = author.awaitMessageContaining("was accepted", GROUP_WAIT);
        String asked = submit(author, "Ask me, then hear me.").ref();
        BotMessage card = cardOf(asked);
        moderators.memberPresses(moderator, card, "tri:i");
        BotMessage request = moderators.awaitMessage(
                m -> String.valueOf(m.plainText()).contains("What would you like to ask"), GROUP_WAIT);
        moderators.memberRepliesTo(moderator, request, "Could you tell us more?");
        moderators.awaitEdit(card, GROUP_WAIT);
        BotMessage question = author.awaitMessageContaining("Could you tell us more?", GROUP_WAIT);

        AtomicInteger replies = new AtomicInteger();
        AtomicInteger commands = new AtomicInteger();
        int groupBefore = telegram.allBotMessagesIn(MODERATORS_CHAT).size();
        Instant floodStart = telegram.now();
        ScheduledExecutorService flooders = Executors.newScheduledThreadPool(2);
        flooders.scheduleAtFixedRate(
                () -> {
                    int n = replies.incrementAndGet();
                    author.replyTo(n % 2 == 0 ? outcome : question, "Answer number " + n + " from the flooding author");
                },
                0,
                250,
                TimeUnit.MILLISECONDS);
        flooders.scheduleAtFixedRate(
                () -> {
                    commands.incrementAndGet();
                    moderators.memberSends(outsider, "/queue");
                },
                0,
                250,
                TimeUnit.MILLISECONDS);

        List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Duration> sentAt = new ArrayList<>();
        long end = System.nanoTime() + flood.toNanos();
        try {
            while (System.nanoTime() < end) {
                long next = System.nanoTime() + cardEvery.toNanos();
                Submitted submitted = submit(telegram.user(nextUser++), "A new suggestion during the flood");
                sentAt.add(Duration.between(floodStart, submitted.storedBy()));
                BotMessage arrived = cardOf(submitted.ref());
                latencies.add(Duration.between(submitted.storedBy(), arrived.sentAt()));
                // The flood goes on to its end; the next suggestion only if its slot is within it.
                TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(next, end) - System.nanoTime()));
            }
        } finally {
            flooders.shutdownNow();
            flooders.awaitTermination(10, TimeUnit.SECONDS);
        }
        Instant floodEnd = telegram.now();
        List<BotMessage> during = telegram.allBotMessagesIn(MODERATORS_CHAT).stream()
                .skip(groupBefore)
                .filter(m -> !m.sentAt().isBefore(floodStart) && !m.sentAt().isAfter(floodEnd))
                .toList();
        List<BotMessage> all = telegram.allBotMessagesIn(MODERATORS_CHAT);
        return new Result(
                flood,
                List.copyOf(latencies),
                List.copyOf(sentAt),
                replies.get(),
                commands.get(),
                during.size(),
                (int) all.stream()
                        .filter(m -> String.valueOf(m.plainText()).contains("The author of " + asked + " answers"))
                        .count(),
                (int) all.stream()
                        .filter(m -> String.valueOf(m.plainText()).contains("only the moderators"))
                        .count(),
                telegram.tooManyRequestsCount(),
                telegram.rejectedCalls().size());
    }

    private record Submitted(String ref, Instant storedBy) {}

    /** The suggestion flow to its end; {@code storedBy}: when the press that stores it was made. */
    private Submitted submit(FakeUser user, String text) {
        user.send("/suggest");
        BotMessage groups = user.awaitReply(WAIT);
        user.press(groups, "suggest:media");
        user.awaitEdit(groups, WAIT); // the prompt to write
        user.send(text);
        BotMessage review = user.awaitReply(WAIT);
        String press = user.press(review, Activists.REACHABLE);
        Instant pressedAt = telegram.callback(press).pressedAt();
        BotMessage stored = user.awaitMessage(
                m -> m.messageId() == review.messageId()
                        && Activists.REFERENCE
                                .matcher(String.valueOf(m.plainText()))
                                .find(),
                WAIT);
        Matcher matcher = Activists.REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).isTrue();
        return new Submitted(matcher.group(), pressedAt);
    }

    private BotMessage cardOf(String ref) {
        return moderators.awaitMessage(
                m -> String.valueOf(m.plainText()).contains("New suggestion " + ref), GROUP_WAIT);
    }

    private void decide(String ref, String first, String second) {
        BotMessage card = cardOf(ref);
        moderators.memberPresses(moderator, card, first);
        BotMessage step = moderators.awaitEdit(card, GROUP_WAIT);
        moderators.memberPresses(moderator, step, second);
        moderators.awaitEdit(step, GROUP_WAIT);
    }

    @Override
    public void close() {
        BotChecks.stop(bot, telegram);
    }
}
