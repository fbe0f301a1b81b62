package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicrelay.fakebotapi.FakeTelegram;
import org.civicrelay.fakebotapi.FakeUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The log check itself, against a fake that was told things, without a bot: it must catch leaks and only leaks. */
class LogPrivacyTest {

    private static final String LONG_TEXT =
            "Our group meets every Thursday behind the old textile factory on Pushkin street.";
    private FakeTelegram telegram;

    @BeforeEach
    void tellTheFakeSomething() {
        telegram = FakeTelegram.start("700099:LOGCHECK-token");
        telegram.group(-1001234567890L, "supergroup").title("Secret Circle of Helpers");
        FakeUser user = telegram.user(750_000_123L)
                .firstName("Zarina")
                .lastName("Karimova")
                .username("zk_free");
        user.send("/start");
        user.send("/reply Meet me at the bridge");
        user.send(LONG_TEXT);
        user.editLastMessage("edited text with K9 inside");
        user.send("ok");
        user.send("Жук");
        user.sendContact("+998901234567");
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "user 750000123 wrote",
                "chat -1001234567890",
                "chat 1234567890 (bare)",
                "name Zarina",
                "name Karimova",
                "as zk_free",
                "title Secret Circle of Helpers",
                "argument Meet me at the bridge",
                "starts Our group meets every",
                "ends on Pushkin street.",
                "edited text with K9 inside",
                "reply: Жук",
                "contact +998901234567",
                "contact 998901234567",
                "token LOGCHECK-token"
            })
    void a_log_quoting_anything_the_bot_was_told_fails(String line) {
        assertThatThrownBy(() -> LogPrivacy.assertRevealsNothing("INFO something\n" + line + "\n", telegram))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("reveals");
    }

    @Test
    void commands_fixed_texts_and_unrelated_numbers_are_not_leaks() {
        String log = """
                2026-11-14T10:32:45.123Z  INFO [main] o.c.t.LongPoller: Long polling started
                handled /start and /reply; ok; took 7501 ms; pid 4242; 75000012 is not the id; 7500001234 neither
                Retention: purged 3 handled update ids
                """;

        assertThatCode(() -> LogPrivacy.assertRevealsNothing(log, telegram)).doesNotThrowAnyException();
    }
}
