package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/** A working group chosen (or a page turned): its recommendations replace the message's content. */
@Component
class WorkingGroupButton extends AbstractButtonHandler<WorkingGroupButton.Press> {

    static final String PREFIX = "recg";

    /** A working group's list of recommendations at a page: {@code recg:media:0}. */
    record Press(String workingGroup, int page) {

        String encode() {
            return workingGroup + ":" + page;
        }

        static Optional<Press> parse(String data) {
            return ButtonData.parts(data, 2)
                    .flatMap(parts -> ButtonData.id(parts.get(0))
                            .flatMap(group -> ButtonData.page(parts.get(1)).map(page -> new Press(group, page))));
        }
    }

    static Button button(String label, String workingGroup, int page) {
        return ButtonData.button(label, PREFIX, new Press(workingGroup, page).encode());
    }

    private final RecommendationViews views;

    WorkingGroupButton(RecommendationViews views) {
        super(PREFIX, Press::parse);
        this.views = views;
    }

    @Override
    public void handle(Interaction in, Press press) {
        views.group(in, press.workingGroup(), press.page())
                .ifPresentOrElse(
                        view -> {
                            in.answer(null);
                            in.editPressed(view.html(), view.keyboard());
                        },
                        () -> in.answer(in.t("button.stale")));
    }
}
