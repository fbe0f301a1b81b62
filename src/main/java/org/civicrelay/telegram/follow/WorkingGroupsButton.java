package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** Back to (or another page of) the working groups, in the same message. */
@Component
class WorkingGroupsButton implements ButtonHandler {

    private final RecommendationViews views;

    WorkingGroupsButton(RecommendationViews views) {
        this.views = views;
    }

    @Override
    public String prefix() {
        return RecommendationViews.GROUPS;
    }

    @Override
    public void handle(Interaction in, String page) {
        in.answer(null);
        in.editPressed(views.groupsText(in), views.groupsKeyboard(in, RecommendationViews.number(page)));
    }
}
