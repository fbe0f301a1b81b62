package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.civicrelay.fakebotapi.RecordedCall;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's side of the conversation (issue 12), against the real bot process and one shared fake: every
 * message in its reader's language, questions from "Ask for more" that reach the author and answers that
 * reach the card, anonymous receipts and /check, deep links, /language and what /forget erases. Without a
 * moderators' chat, so that cards go to the moderator's private chat (one message a second, not twenty a
 * minute): the scenarios stay quick.
 */
@EndToEnd
class AuthorConversationE2ETest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path folder;

    static FakeTelegram telegram;
    static BotProcess bot;
    static FakeUser mira;
    static long nextUser = 780_000_001L;

    @RegisterExtension
    static final SharedBot shared = new SharedBot();

    @BeforeAll
    static void startBot() {
        telegram = shared.fake(FakeTelegram.start("700012:E2E-token"));
        mira = telegram.user(730_000_031L);
        bot = shared.bot(BotProcess.against(telegram, folder)
                .set("BOT_MODERATORS", String.valueOf(mira.id()))
                .startAndAwaitPolling(telegram));
        mira.send("/start"); // without a moderators' chat, cards reach the moderators who started the bot
        mira.awaitReply(WAIT);
    }

    static FakeUser newActivist(String language) {
        return telegram.user(nextUser++).languageCode(language);
    }

    static BotMessage cardOf(String ref) {
        return mira.awaitMessageContaining("New suggestion " + ref, WAIT);
    }

    /** "Ask for more" on the card, then the question as a reply to the bot's request for it. */
    static void ask(BotMessage card, String ref, String question) {
        mira.press(card, "tri:i");
        BotMessage request = mira.awaitMessageContaining("What would you like to ask the author of " + ref, WAIT);
        assertThat(request.replyMarkup().path("force_reply").asBoolean())
                .as("the reply box opens")
                .isTrue();
        assertThat(request.replyToMessageId()).as("under the card").isEqualTo(card.messageId());
        // At once: the bot reads an answer only once it has stored what its own message was about.
        mira.replyTo(request, question);
    }

    static void decline(BotMessage card, String reasonData) {
        mira.press(card, "tri:d");
        mira.awaitMessage(
                m -> m.messageId() == card.messageId() && m.plainText().contains("which reason"), WAIT);
        mira.press(card, reasonData);
        mira.awaitMessage(
                m -> m.messageId() == card.messageId() && m.plainText().contains("Declined by"), WAIT);
    }

    @Test
    void a_russian_author_gets_the_question_and_the_decision_in_russian_and_a_plain_answer_reaches_the_card() {
        FakeUser author = newActivist("ru");
        String ref = Activists.submit(author, "suggest:media", "Больше местного радио.", "review:reach", WAIT);
        BotMessage card = cardOf(ref);

        ask(card, ref, "В каком городе?");
        mira.awaitMessageContaining("Question sent to the author of " + ref, WAIT);
        BotMessage question = author.awaitMessageContaining("Модераторы просят уточнить", WAIT);
        assertThat(question.plainText())
                .contains(ref, "В каком городе?", "Просто напишите ответ")
                .doesNotContain("moderators", "Reply");
        assertThat(question.replyMarkup().path("force_reply").asBoolean()).isTrue();
        assertThat(question.replyMarkup().path("input_field_placeholder").asText())
                .isEqualTo("Ваш ответ модераторам");
        assertThat(question.protectContent()).isTrue();
        assertThat(mira.awaitMessage(
                                m -> m.messageId() == card.messageId()
                                        && m.plainText().contains("Question:"),
                                WAIT)
                        .plainText())
                .as("the card says what was asked")
                .contains("В каком городе?");

        int plain = author.send("В Казани.");
        BotMessage offer = author.awaitReply(WAIT);
        assertThat(offer.plainText()).contains("Отправить это модераторам", ref);
        assertThat(offer.replyToMessageId()).isEqualTo(plain);
        author.press(offer, "thread:" + ref);
        assertThat(author.awaitEdit(offer, WAIT).plainText()).contains("отправлен модераторам");
        BotMessage posted = mira.awaitMessageContaining("The author of " + ref + " answers", WAIT);
        assertThat(posted.plainText()).contains("В Казани.");
        assertThat(posted.replyToMessageId()).as("under the card").isEqualTo(card.messageId());

        decline(card, "tri:d:duplicate");
        BotMessage told = author.awaitMessageContaining("не принято", WAIT);
        assertThat(told.plainText())
                .contains(ref, "Причина: Очень похожее предложение уже поступало", "/suggest")
                .doesNotContain("declined", "Thank you");
        Activists.assertNoIdentityOf(telegram, mira.chatId(), author);
    }

    /**
     * Over a slow network, a message is on the author's phone well before the bot hears its id back from
     * Telegram; an answer written at once must still reach the moderators, not a "which suggestion?" offer.
     */
    @Test
    void an_answer_written_before_the_bot_has_heard_back_about_its_question_still_reaches_the_card() {
        FakeUser author = newActivist("en");
        String ref = Activists.submit(author, "suggest:media", "Community radio licences.", "review:reach", WAIT);
        BotMessage card = cardOf(ref);
        telegram.faults().answerLate(Duration.ofMillis(1_500));
        try {
            mira.send("/reply " + ref + " Which region?");
            BotMessage question = author.awaitMessageContaining("Which region?", WAIT);
            author.replyTo(question, "The north.");
            BotMessage posted = mira.awaitMessageContaining("The author of " + ref + " answers", WAIT);
            assertThat(posted.plainText()).contains("The north.");
            assertThat(posted.replyToMessageId()).as("under the card").isEqualTo(card.messageId());
        } finally {
            telegram.faults().answerLate(Duration.ZERO);
        }
    }

    @Test
    void a_ukrainian_author_reads_the_review_and_the_decision_in_ukrainian() {
        FakeUser author = newActivist("uk");
        author.send("/suggest");
        author.press(author.awaitReply(WAIT), "suggest:participation");
        assertThat(author.awaitMessageContaining("Напишіть пропозицію", WAIT).plainText())
                .contains("до 3\u00A0000 знаків", "не вказуйте імен");
        author.send("Синхронний переклад на всіх зустрічах.");
        BotMessage review = author.awaitMessageContaining("Перевірте пропозицію", WAIT);
        assertThat(review.buttonLabels())
                .contains(
                        "\uD83D\uDCE8 Надіслати анонімно (рекомендовано)",
                        "\uD83D\uDCAC Надіслати й дозволити відповідь");
        author.press(review, "review:reach");
        String ref = author.awaitMessage(
                        m -> m.messageId() == review.messageId()
                                && m.plainText().contains("Номер"),
                        WAIT)
                .plainText()
                .replaceAll("(?s).*?(S-[A-Z0-9]{4,10}).*", "$1");

        BotMessage card = cardOf(ref);
        mira.press(card, "tri:a");
        mira.awaitMessage(
                m -> m.messageId() == card.messageId() && m.plainText().contains("link it"), WAIT);
        mira.press(card, "tri:a:R7");
        BotMessage told = author.awaitMessageContaining("прийнято", WAIT);
        assertThat(told.plainText())
                .contains(
                        "Вашу пропозицію " + ref + " прийнято",
                        "R7",
                        "Дистанційна участь у зустрічах з людського виміру");
        assertThat(told.buttonLabels()).contains("Підписатися на R7");
    }

    @Test
    void an_anonymous_author_reads_the_question_answers_and_sees_the_decline_through_check_from_another_chat() {
        FakeUser author = newActivist("en");
        BotMessage stored =
                Activists.submitted(author, "suggest:grassroots", "Small grants, anonymously.", "review:anon", WAIT);
        String receipt = Activists.receiptIn(stored);
        String ref = stored.plainText().replaceAll("(?s).*?(S-[A-Z0-9]{4,10}).*", "$1");
        assertThat(stored.protectContent())
                .as("the receipt is shown once, protected")
                .isTrue();
        assertThat(stored.plainText()).contains("Write the receipt " + receipt + " down now");
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE ref = '" + ref + "' AND receipt_hash IS NOT NULL"
                        + " AND receipt_hash <> '" + receipt + "' AND language IS NULL AND reply_to IS NULL"))
                .isEqualTo(1);
        BotMessage card = cardOf(ref);
        assertThat(card.plainText()).contains("only for /check");

        ask(card, ref, "How large should the grants be?");
        mira.awaitMessageContaining("Question kept for the author of " + ref, WAIT);
        int relayLinks = bot.count("SELECT count(*) FROM relay_message");

        FakeUser phone = newActivist("en"); // the receipt works from any chat
        int typed = phone.send("/check " + receipt.toLowerCase().replace("-", " "));
        BotMessage checked = phone.awaitReply(WAIT);
        assertThat(checked.plainText())
                .contains(ref, "The moderators ask", "How large should the grants be?")
                .doesNotContain("Small grants, anonymously.");
        assertThat(checked.protectContent()).isTrue();
        telegram.await(
                () -> telegram.calls("deleteMessage").stream()
                        .anyMatch(call -> typed == Integer.parseInt(call.param("message_id"))),
                WAIT,
                "the message with the receipt to leave the chat");
        phone.press(checked, "\u270D\uFE0F Answer the moderators");
        BotMessage prompt = phone.awaitMessageContaining("Write your answer about " + ref, WAIT);
        assertThat(prompt.replyMarkup().path("force_reply").asBoolean()).isTrue();
        assertThat(prompt.protectContent()).isTrue();
        phone.send("Up to 2,000 euros.");
        assertThat(phone.awaitMessageContaining("Sent to the moderators", WAIT).protectContent())
                .isTrue();
        BotMessage answer = mira.awaitMessageContaining("The author of " + ref + " answers", WAIT);
        assertThat(answer.plainText()).contains("Up to 2,000 euros.");
        assertThat(bot.count("SELECT count(*) FROM relay_message"))
                .as("nothing links the asking chat")
                .isEqualTo(relayLinks);

        decline(card, "tri:d:-");
        assertThat(telegram.deliveredTextsTo(author.chatId())).noneMatch(text -> text.contains("not accepted"));
        phone.send("/check " + receipt);
        assertThat(phone.awaitMessageContaining("Not accepted", WAIT).plainText())
                .contains(ref)
                .doesNotContain("The moderators ask");

        phone.send("/check AAAA-BBBB-CCCC-DDDD");
        String unknown = phone.awaitMessageContaining("No suggestion has this receipt", WAIT)
                .plainText();
        phone.send("/check not a receipt at all");
        assertThat(phone.awaitReply(WAIT).plainText())
                .as("wrong and unknown receipts get one answer")
                .isEqualTo(unknown);

        phone.send("/check " + receipt);
        BotMessage again = phone.awaitMessageContaining("Not accepted", WAIT);
        phone.press(again, "\uD83D\uDDD1 Erase this receipt");
        phone.press(phone.awaitEdit(again, WAIT), "Yes, erase the receipt");
        phone.awaitMessageContaining("was erased", WAIT);
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE ref = '" + ref + "' AND receipt_hash IS NULL"))
                .isEqualTo(1);
        phone.send("/check " + receipt);
        assertThat(phone.awaitReply(WAIT).plainText()).isEqualTo(unknown);
    }

    @Test
    void an_anonymous_author_can_withdraw_with_the_receipt_and_the_text_leaves_the_card() {
        FakeUser author = newActivist("en");
        BotMessage stored = Activists.submitted(
                author, "suggest:polmil", "A text I will take back, marker 9c2d.", "review:anon", WAIT);
        String receipt = Activists.receiptIn(stored);
        String ref = stored.plainText().replaceAll("(?s).*?(S-[A-Z0-9]{4,10}).*", "$1");
        BotMessage card = cardOf(ref);

        author.send("/check " + receipt);
        BotMessage checked = author.awaitMessageContaining("Waiting for the moderators", WAIT);
        author.press(checked, "\u21A9\uFE0F Withdraw the suggestion");
        author.press(author.awaitEdit(checked, WAIT), "Yes, withdraw it");
        author.awaitMessageContaining("was withdrawn", WAIT);
        BotMessage withdrawn = mira.awaitMessage(
                m -> m.messageId() == card.messageId() && m.plainText().contains("Withdrawn by its author"), WAIT);
        assertThat(withdrawn.plainText()).doesNotContain("marker 9c2d");
        assertThat(withdrawn.buttons()).isEmpty();
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE ref = '" + ref + "' AND body IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void deep_links_open_a_recommendation_with_follow_or_start_a_suggestion_in_a_working_group() {
        FakeUser user = newActivist("en");
        user.send("/start R3");
        BotMessage r3 = user.awaitReply(WAIT);
        assertThat(r3.plainText()).contains("R3", "Flexible small grants that unregistered groups can receive");
        assertThat(r3.button("follow:on:R3:d0")).as("a Follow button").isPresent();
        user.press(r3, "follow:on:R3:d0");
        assertThat(user.awaitEdit(r3, WAIT).buttonLabels()).contains("\uD83D\uDD15 Unfollow R3");

        user.send("/start suggest-media");
        assertThat(user.awaitReply(WAIT).plainText())
                .contains("Working group: Free media and countering disinformation", "Write your suggestion");
        user.send("/cancel");
        user.awaitReply(WAIT);
        user.send("/start suggest");
        assertThat(user.awaitReply(WAIT).plainText()).contains("Which working group");
        user.send("/start R999");
        assertThat(user.awaitReply(WAIT).plainText())
                .as("an unknown link greets")
                .contains("Telegram itself knows");
    }

    @Test
    void the_chosen_language_is_kept_with_follows_and_suggestions_and_forget_erases_it_and_the_receipts_it_can_link() {
        FakeUser user = newActivist("en");
        user.send("/language");
        BotMessage choice = user.awaitReply(WAIT);
        assertThat(choice.buttonLabels()).containsExactly("\u2713 English", "Українська", "Русский");
        user.press(choice, "lang:uk");
        assertThat(user.awaitEdit(choice, WAIT).plainText()).contains("українською");
        user.send("/help");
        assertThat(user.awaitReply(WAIT).plainText()).contains("Що можна зробити");
        user.send("/subscribe R1");
        user.awaitMessageContaining("Ви підписалися на", WAIT);
        String ref = Activists.submit(user, "suggest:media", "Мовою мого вибору.", "review:reach", WAIT);
        String receipt = Activists.receiptIn(
                Activists.submitted(user, "suggest:media", "Анонімно, з квитанцією.", "review:anon", WAIT));
        String key = "(SELECT user_key FROM language_choice WHERE language = 'uk')";
        assertThat(bot.count("SELECT count(*) FROM language_choice")).isPositive();
        assertThat(bot.count("SELECT count(*) FROM follow WHERE chat_key = " + key + " AND language = 'uk'"))
                .isEqualTo(1);
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE ref = '" + ref + "' AND language = 'uk'"))
                .isEqualTo(1);
        int choices = bot.count("SELECT count(*) FROM language_choice");

        user.send("/forget");
        user.press(user.awaitMessageContaining("Стерти все", WAIT), "forget:all");
        user.awaitMessageContaining("більше не зберігає нічого", WAIT);
        assertThat(bot.count("SELECT count(*) FROM language_choice")).isEqualTo(choices - 1);
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE ref = '" + ref + "' AND language IS NULL"
                        + " AND reply_to IS NULL AND reply_key IS NULL"))
                .isEqualTo(1);
        assertThat(bot.count("SELECT count(*) FROM suggestion WHERE body LIKE '%з квитанцією%'"
                        + " AND (receipt_hash IS NOT NULL OR author_key IS NOT NULL)"))
                .as("the receipt of a suggestion /forget could still link to the person is erased with the link")
                .isZero();
        FakeUser phone = newActivist("en");
        phone.send("/check " + receipt);
        phone.awaitMessageContaining("No suggestion has this receipt", WAIT);
        user.send("/help");
        assertThat(user.awaitReply(WAIT).plainText())
                .as("back to the app's language")
                .contains("What you can do");
    }

    @Test
    void notices_come_in_each_followers_language_with_a_neutral_first_line_and_silently_if_chosen() {
        FakeUser russian = newActivist("ru");
        FakeUser ukrainian = newActivist("uk");
        for (FakeUser follower : new FakeUser[] {russian, ukrainian}) {
            follower.send("/subscribe R4");
            follower.awaitReply(WAIT);
        }
        ukrainian.send("/subscriptions");
        BotMessage list = ukrainian.awaitReply(WAIT);
        assertThat(list.plainText()).contains("Ви підписані на 1 рекомендацію");
        assertThat(list.buttonLabels()).contains("\uD83D\uDD15 Відписатися від R4");
        ukrainian.press(list, "\uD83D\uDD07 Сповіщати без звуку");
        assertThat(ukrainian.awaitEdit(list, WAIT).plainText()).contains("без звуку");

        assertThat(StatusChanges.confirmPrivately(mira, "R4 in_progress", WAIT).plainText())
                .contains("R4 is now In progress");
        BotMessage ru = russian.awaitMessageContaining("Новый статус", WAIT);
        assertThat(ru.plainText())
                .startsWith("\uD83D\uDD14 Обновление по рекомендации, на которую вы подписаны\n")
                .contains("Выполняется")
                .doesNotContain("In progress", "Виконується");
        assertThat(ru.buttonLabels()).contains("\u2139\uFE0F R4", "\uD83D\uDD15 Отписаться от R4");
        BotMessage uk = ukrainian.awaitMessageContaining("Новий статус", WAIT);
        assertThat(uk.plainText())
                .startsWith("\uD83D\uDD14 Оновлення щодо рекомендації")
                .contains("Виконується");
        assertThat(sendsTo(ukrainian, "Новий статус").param("disable_notification"))
                .isEqualTo("true");
        assertThat(sendsTo(russian, "Новый статус").param("disable_notification"))
                .isNull();

        ukrainian.press(uk, "\u2139\uFE0F R4");
        assertThat(ukrainian.awaitMessageContaining("Історія", WAIT).plainText())
                .contains("R4", "Виконується");
        russian.press(ru, "\uD83D\uDD15 Отписаться от R4");
        telegram.await(
                () -> bot.count("SELECT count(*) FROM follow WHERE recommendation = 'R4'") == 1,
                WAIT,
                "the unfollow from the notice");
    }

    private static RecordedCall sendsTo(FakeUser user, String containing) {
        return telegram.calls("sendMessage").stream()
                .filter(call -> String.valueOf(user.chatId()).equals(call.param("chat_id"))
                        && call.param("text") != null
                        && call.param("text").contains(containing))
                .findFirst()
                .orElseThrow();
    }
}
