package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /recommendations: the working groups, each a button to its recommendations. */
@Component
class RecommendationsCommand extends AbstractCommandHandler {

    private final RecommendationViews views;

    RecommendationsCommand(RecommendationViews views) {
        super("recommendations", MenuEntry.of(MenuEntry.Section.RECOMMENDATIONS, 20));
        this.views = views;
    }

    @Override
    public void handle(Interaction in) {
        in.reply(views.groupsText(in), views.groupsKeyboard(in, 0));
    }
}
