package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.StartMenu;
import org.civicrelay.telegram.chat.port.SuggestOffer;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/**
 * "Send a suggestion" as a button: under the greeting, after a suggestion was sent ("Another suggestion"),
 * and under a recommendation ("Suggest on this", in its working group), offered to other features through
 * {@link StartMenu} and {@link SuggestOffer}. Does what /suggest does, in a new message.
 */
@Component
class NewSuggestionButton extends AbstractButtonHandler<NewSuggestionButton.Press> implements StartMenu, SuggestOffer {

    static final String PREFIX = "new";

    /** {@code new:-}, or {@code new:media} to start in that working group. */
    record Press(Optional<String> workingGroup) {

        Press {
            ButtonData.requireId(workingGroup);
        }

        String encode() {
            return ButtonData.optionalId(workingGroup);
        }

        static Optional<Press> parse(String data) {
            return ButtonData.optionalId(data).map(Press::new);
        }
    }

    static Button button(String label, Optional<String> workingGroup) {
        return ButtonData.button(label, PREFIX, new Press(workingGroup).encode());
    }

    private final Beginning beginning;

    NewSuggestionButton(Beginning beginning) {
        super(PREFIX, Press::parse);
        this.beginning = beginning;
    }

    @Override
    public void handle(Interaction in, Press press) {
        in.answer(null);
        beginning.begin(in, press.workingGroup());
    }

    @Override
    public Button button(Interaction in) {
        return button(in.t("button.start.suggest"), Optional.empty());
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public Button offer(Interaction in, String workingGroup) {
        return button(in.t("button.suggest-on-this"), Optional.of(workingGroup));
    }
}
