package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** Previous / next under /queue: shows another page in the same message. */
@Component
class QueueButton implements ButtonHandler {

    private final QueueViews views;

    QueueButton(QueueViews views) {
        this.views = views;
    }

    @Override
    public String prefix() {
        return QueueViews.PREFIX;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in, String argument) {
        if (!argument.matches("[1-9][0-9]{0,5}")) {
            in.answer(in.t("button.stale"));
            return;
        }
        QueueViews.Page page = views.page(in, Integer.parseInt(argument));
        in.answer(null);
        in.editPressed(page.html(), page.keyboard());
    }
}
