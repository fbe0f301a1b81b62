package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/** Back to (or another page of) the working groups, in the same message. */
@Component
class WorkingGroupsButton implements ButtonHandler<Integer> {

    static final String PREFIX = "recs";

    /** The payload is the page of working groups: {@code recs:0}. */
    static Button button(String label, int page) {
        return ButtonData.button(label, PREFIX, Integer.toString(page));
    }

    private final RecommendationViews views;

    WorkingGroupsButton(RecommendationViews views) {
        this.views = views;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<Integer> parse(String data) {
        return ButtonData.page(data);
    }

    @Override
    public void handle(Interaction in, Integer page) {
        in.answer(null);
        in.editPressed(views.groupsText(in), views.groupsKeyboard(in, page));
    }
}
