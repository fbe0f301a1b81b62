package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.StartMenu;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/** "Recommendations" under the greeting: the working groups, as /recommendations shows them, in a new message. */
@Component
class BrowseButton extends AbstractButtonHandler<Boolean> implements StartMenu {

    static final String PREFIX = "browse";

    private final RecommendationViews views;

    BrowseButton(RecommendationViews views) {
        super(PREFIX, BrowseButton::read);
        this.views = views;
    }

    private static Optional<Boolean> read(String data) {
        return data.equals("all") ? Optional.of(true) : Optional.empty();
    }

    @Override
    public void handle(Interaction in, Boolean press) {
        in.answer(null);
        in.reply(views.groupsText(in), views.groupsKeyboard(in, 0));
    }

    @Override
    public Button button(Interaction in) {
        return ButtonData.button(in.t("button.start.recommendations"), PREFIX, "all");
    }

    @Override
    public int position() {
        return 20;
    }
}
