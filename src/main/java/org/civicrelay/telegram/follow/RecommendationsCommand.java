package org.civicrelay.telegram.follow;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
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
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.RECOMMENDATIONS, 20));
    }

    @Override
    public void handle(Interaction in) {
        in.reply(views.groupsText(in), views.groupsKeyboard(in, 0));
    }
}
