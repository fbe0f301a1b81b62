package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.List;
import org.springframework.stereotype.Component;

/** /recommendations: the working groups, each a button to its recommendations. */
@Component
class RecommendationsCommand implements CommandHandler {

    private final RecommendationViews views;

    RecommendationsCommand(RecommendationViews views) {
        this.views = views;
    }

    @Override
    public List<String> commands() {
        return List.of("recommendations");
    }

    @Override
    public void handle(Interaction in) {
        in.reply(views.groupsText(in), views.groupsKeyboard(in, 0));
    }
}
