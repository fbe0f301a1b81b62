package org.civicrelay.telegram.author;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonWords;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.ModeratorDesk;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The buttons under a /check answer: answer the moderators' question, withdraw the suggestion (confirmed
 * first), erase the receipt (confirmed first). The data carries a session token only ({@link CheckSessions}),
 * never the receipt; a token from before a restart, or older than half an hour, asks for /check again.
 */
@Component
class CheckButton extends AbstractButtonHandler<CheckButton.Press> {

    static final String PREFIX = "chk";

    enum Action {
        ANSWER,
        WITHDRAW,
        CONFIRM_WITHDRAW,
        ERASE,
        CONFIRM_ERASE,
        BACK;

        static Optional<Action> parse(String data) {
            return ACTIONS.parse(data);
        }
    }

    static final ButtonWords<Action> ACTIONS = ButtonWords.of(Action.class, "a", "w", "wy", "x", "xy", "n");

    /** {@code chk:w:K7QD3MXP94TB}: what to do, and the session it belongs to. */
    record Press(Action action, String token) {

        Press {
            if (!CheckSessions.isToken(token)) {
                throw new IllegalArgumentException("not a session token");
            }
        }

        String encode() {
            return ACTIONS.encode(action) + ":" + token;
        }

        static Optional<Press> parse(String data) {
            return ButtonData.parts(data, 2)
                    .filter(parts -> CheckSessions.isToken(parts.get(1)))
                    .flatMap(parts -> Action.parse(parts.get(0)).map(action -> new Press(action, parts.get(1))));
        }
    }

    static Button button(String label, Action action, String token) {
        return ButtonData.button(label, PREFIX, new Press(action, token).encode());
    }

    private final CheckSessions sessions;
    private final Suggestions suggestions;
    private final ModeratorDesk desk;
    private final Clock clock;

    CheckButton(CheckSessions sessions, Suggestions suggestions, ModeratorDesk desk, Clock clock) {
        super(PREFIX, Press::parse);
        this.sessions = sessions;
        this.suggestions = suggestions;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void handle(Interaction in, Press press) {
        long now = System.nanoTime();
        Optional<SuggestionRef> found = sessions.find(press.token(), in.user(), now);
        if (found.isEmpty()) {
            in.answer(null);
            in.editPressed(in.t("check.expired"), Keyboard.NONE);
            return;
        }
        SuggestionRef ref = found.get();
        in.answer(null);
        switch (press.action()) {
            case ANSWER -> {
                sessions.expectAnswer(in.user(), ref, now);
                in.askProtected(in.t("check.answer-prompt", ref.value()), in.t("placeholder.answer"));
            }
            case WITHDRAW ->
                in.editPressed(
                        in.t("check.withdraw-confirm", ref.value()),
                        Keyboard.of(
                                List.of(button(
                                        in.t("button.check.withdraw-confirm"), Action.CONFIRM_WITHDRAW, press.token())),
                                List.of(button(in.t("button.check.back"), Action.BACK, press.token()))));
            case CONFIRM_WITHDRAW -> {
                Optional<Suggestion> withdrawn = suggestions.withdraw(ref, clock.instant());
                withdrawn.ifPresent(desk::withdrawn);
                in.editPressed(
                        in.t(withdrawn.isPresent() ? "check.withdrawn" : "check.not-open", ref.value()), Keyboard.NONE);
            }
            case ERASE ->
                in.editPressed(
                        in.t("check.erase-confirm", ref.value()),
                        Keyboard.of(
                                List.of(button(
                                        in.t("button.check.erase-confirm"), Action.CONFIRM_ERASE, press.token())),
                                List.of(button(in.t("button.check.back"), Action.BACK, press.token()))));
            case CONFIRM_ERASE -> {
                suggestions.forgetReceipt(ref);
                in.editPressed(in.t("check.erased", ref.value()), Keyboard.NONE);
            }
            case BACK -> in.editPressed(in.t("check.kept", ref.value()), Keyboard.NONE);
        }
    }
}
