package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.chat.Interaction;
import java.util.Optional;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;

/**
 * The author's last choice: stay anonymous (nothing links the suggestion to them) or let moderators
 * reply (a sealed reply address is kept with the suggestion). Then the suggestion is stored.
 */
@Component
class ReachabilityButton implements ButtonHandler<ReachabilityButton.Press> {

    static final String PREFIX = "reach";

    /** Whether the moderators may reply: {@code yes} keeps a sealed reply address, {@code no} nothing. */
    record Press(boolean reachable) {

        String encode() {
            return reachable ? "yes" : "no";
        }

        static Optional<Press> parse(String data) {
            return switch (data) {
                case "yes" -> Optional.of(new Press(true));
                case "no" -> Optional.of(new Press(false));
                default -> Optional.empty();
            };
        }
    }

    static Button button(String label, boolean reachable) {
        return ButtonData.button(label, PREFIX, new Press(reachable).encode());
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    ReachabilityButton(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<Press> parse(String data) {
        return Press.parse(data);
    }

    @Override
    public void handle(Interaction in, Press press) {
        Optional<ChatAddress> replyTo = press.reachable() ? Optional.of(new ChatAddress(in.chatId())) : Optional.empty();
        flow.submit(in.user(), replyTo).ifPresentOrElse(
                suggestion -> {
                    in.answer(in.t("suggest.stored.toast"));
                    views.stored(in, suggestion);
                },
                () -> in.answer(in.t("button.stale")));
    }
}
