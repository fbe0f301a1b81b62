package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/** Back to (or another page of) the working groups, in the same message. */
@Component
class WorkingGroupsButton extends AbstractButtonHandler<Integer> {

    static final String PREFIX = "recs";

    /** The payload is the page of working groups: {@code recs:0}. */
    static Button button(String label, int page) {
        return ButtonData.button(label, PREFIX, Integer.toString(page));
    }

    private final RecommendationViews views;

    WorkingGroupsButton(RecommendationViews views) {
        super(PREFIX, ButtonData::page);
        this.views = views;
    }

    @Override
    public void handle(Interaction in, Integer page) {
        in.answer(null);
        in.editPressed(views.groupsText(in), views.groupsKeyboard(in, page));
    }
}
