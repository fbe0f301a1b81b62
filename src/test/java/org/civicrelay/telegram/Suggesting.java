package org.civicrelay.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;

/** What an activist does in the in-process tests, by the buttons' labels, and the check that nobody's identity leaks. */
public final class Suggesting {

    public static final Pattern REFERENCE = Pattern.compile("S-[A-Z0-9]{4,10}");
    /** The working groups of bot-config.yml, as their buttons are labelled. */
    public static final String GRASSROOTS = "Supporting grassroots activism in difficult environments";

    public static final String MEDIA = "Free media and countering disinformation";
    public static final String PARTICIPATION = "Barriers to civil-society participation at the OSCE";
    public static final String POLMIL = "Civil society in politico-military work";
    /** The two ways to send at the review step, as labelled. */
    public static final String ANONYMOUS = "\uD83D\uDCE8 Send anonymously (recommended)";

    public static final String REACHABLE = "\uD83D\uDCAC Send and allow replies";

    private Suggesting() {}

    /** Runs /suggest to the end and returns the reference shown; {@code sending} is a label above. */
    public static String submit(FakeUser user, String workingGroup, String text, String sending) {
        startWriting(user, workingGroup);
        user.send(text);
        BotMessage review = user.reply();
        return send(user, review, sending);
    }

    /** /suggest and the working group: the bot now waits for the text. */
    public static void startWriting(FakeUser user, String workingGroup) {
        user.send("/suggest");
        user.press(user.messageContaining("Which working group"), workingGroup);
        user.messageContaining("Write your suggestion");
    }

    /** One of the two Send buttons on the review; returns the reference shown. */
    public static String send(FakeUser user, BotMessage review, String sending) {
        user.press(review, sending);
        BotMessage stored = user.message(
                m -> m.messageId() == review.messageId() && m.plainText().contains("Reference"));
        Matcher matcher = REFERENCE.matcher(stored.plainText());
        assertThat(matcher.find()).as("a reference in: %s", stored.plainText()).isTrue();
        return matcher.group();
    }

    /** Everything the bot got through to {@code chatId} says nothing of who {@code people} are. */
    public static void assertNoIdentityOf(FakeTelegram telegram, long chatId, FakeUser... people) {
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
