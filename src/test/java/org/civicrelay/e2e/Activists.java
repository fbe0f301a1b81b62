package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;

/** What an activist does in the moderation end-to-end tests, and checks that nobody's identity leaks. */
final class Activists {

    static final Pattern REFERENCE = Pattern.compile("S-[A-Z0-9]{4,10}");
    static final Pattern RECEIPT = Pattern.compile("[A-Z0-9]{4}(-[A-Z0-9]{4}){3,}");
    /** The two ways to send at the review step, as labelled. */
    static final String ANONYMOUS = "\uD83D\uDCE8 Send anonymously (recommended)";

    static final String REACHABLE = "\uD83D\uDCAC Send and allow replies";

    private Activists() {}

    /** Runs /suggest to the end, sending {@link #ANONYMOUS}ly or {@link #REACHABLE}, and returns the reference shown. */
    static String submit(FakeUser user, String workingGroup, String text, String sending, Duration wait) {
        Matcher matcher = REFERENCE.matcher(
                submitted(user, workingGroup, text, sending, wait).plainText());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    /** Runs /suggest to the end and returns the message that says it was sent (with the receipt, if anonymous). */
    static BotMessage submitted(FakeUser user, String workingGroup, String text, String sending, Duration wait) {
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(wait);
        user.press(workingGroups, workingGroup);
        user.awaitEdit(workingGroups, wait); // the prompt to write, in whatever language the person reads
        user.send(text);
        BotMessage review = user.awaitReply(wait);
        user.press(review, sending);
        BotMessage stored = user.awaitMessage(
                m -> m.messageId() == review.messageId()
                        && REFERENCE.matcher(m.plainText()).find(),
                wait);
        assertThat(REFERENCE.matcher(stored.plainText()).find())
                .as("a reference in: %s", stored.plainText())
                .isTrue();
        return stored;
    }

    /** The anonymous receipt shown once in the message that says the suggestion was sent. */
    static String receiptIn(BotMessage stored) {
        Matcher matcher = RECEIPT.matcher(stored.plainText());
        assertThat(matcher.find()).as("a receipt in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }

    /** Everything the bot got through to {@code chatId} says nothing of who {@code people} are. */
    static void assertNoIdentityOf(FakeTelegram telegram, long chatId, FakeUser... people) {
        List<String> delivered = telegram.deliveredTextsTo(chatId);
        for (FakeUser person : people) {
            assertThat(delivered)
                    .as("what chat %s received", chatId)
                    .noneMatch(text -> text.contains(String.valueOf(person.id()))
                            || text.contains(person.firstName())
                            || text.contains(person.lastName())
                            || text.contains(person.username()));
        }
        for (BotMessage message : telegram.allBotMessagesIn(chatId)) {
            for (FakeUser person : people) {
                assertThat(message.buttons().toString())
                        .as("buttons in chat %s", chatId)
                        .doesNotContain(String.valueOf(person.id()));
            }
        }
    }
}
