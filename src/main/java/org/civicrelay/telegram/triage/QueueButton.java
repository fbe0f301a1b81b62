package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.chat.ButtonData;
import java.util.Optional;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** Previous / next under /queue: shows another page in the same message. */
@Component
class QueueButton implements ButtonHandler<Integer> {

    static final String PREFIX = "queue";

    /** The payload is the page to show, from 1: {@code queue:2}. */
    static Button button(String label, int page) {
        return ButtonData.button(label, PREFIX, Integer.toString(page));
    }

    private final QueueViews views;

    QueueButton(QueueViews views) {
        this.views = views;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<Integer> parse(String data) {
        return ButtonData.page(data).filter(page -> page >= 1);
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in, Integer number) {
        QueueViews.Page page = views.page(in, number);
        in.answer(null);
        in.editPressed(page.html(), page.keyboard());
    }
}
