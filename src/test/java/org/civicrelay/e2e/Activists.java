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

    private Activists() {
    }

    /**
     * Runs /suggest to the end, sending with {@code review:reach} (replies allowed) or {@code review:anon}
     * (anonymously, with a receipt), and returns the reference shown.
     */
    static String submit(FakeUser user, String workingGroupData, String text, String sendData, Duration wait) {
        return submitted(user, workingGroupData, text, sendData, wait).plainText().replaceAll("(?s).*?(S-[A-Z0-9]{4,10}).*", "$1");
    }

    /** Runs /suggest to the end and returns the message that says it was sent (with the receipt, if anonymous). */
    static BotMessage submitted(FakeUser user, String workingGroupData, String text, String sendData, Duration wait) {
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(wait);
        user.press(workingGroups, workingGroupData);
        user.awaitEdit(workingGroups, wait); // the prompt to write, in whatever language the person reads
        user.send(text);
        BotMessage review = user.awaitReply(wait);
        user.press(review, sendData);
        BotMessage stored = user.awaitMessage(m -> m.messageId() == review.messageId()
                && REFERENCE.matcher(m.plainText()).find(), wait);
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return stored;
    }

    static final Pattern RECEIPT = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    /** The receipt an anonymous author was shown once. */
    static String receiptIn(BotMessage stored) {
        Matcher matcher = RECEIPT.matcher(stored.plainText());
        assertThat(matcher.find()).as("a receipt in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }

    /** Everything the bot got through to {@code chatId} says nothing of who {@code people} are. */
    static void assertNoIdentityOf(FakeTelegram telegram, long chatId, FakeUser... people) {
        List<String> delivered = telegram.deliveredTextsTo(chatId);
        for (FakeUser person : people) {
            assertThat(delivered).as("what chat %s received", chatId).noneMatch(text -> text.contains(String.valueOf(person.id()))
                    || text.contains(person.firstName()) || text.contains(person.lastName())
                    || text.contains(person.username()));
        }
        for (BotMessage message : telegram.allBotMessagesIn(chatId)) {
            for (FakeUser person : people) {
                assertThat(message.buttons().toString()).as("buttons in chat %s", chatId)
                        .doesNotContain(String.valueOf(person.id()));
            }
        }
    }
}
