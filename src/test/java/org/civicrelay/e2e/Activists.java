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
    /** The answers to "May the moderators reply to you?", as labelled. */
    static final String ANONYMOUS = "Stay anonymous (recommended)";
    static final String REACHABLE = "Allow moderators to reply";

    private Activists() {
    }

    /** Runs /suggest to the end ({@link #ANONYMOUS} or {@link #REACHABLE}) and returns the reference shown. */
    static String submit(FakeUser user, String workingGroup, String text, String reachability, Duration wait) {
        user.send("/suggest");
        BotMessage workingGroups = user.awaitReply(wait);
        user.press(workingGroups, workingGroup);
        user.awaitMessageContaining("Now write", wait);
        user.send(text);
        BotMessage review = user.awaitReply(wait);
        user.press(review, "Send");
        BotMessage question = user.awaitEdit(review, wait);
        user.press(question, reachability);
        BotMessage stored = user.awaitMessage(m -> m.messageId() == question.messageId()
                && m.plainText().contains("Reference"), wait);
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
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
