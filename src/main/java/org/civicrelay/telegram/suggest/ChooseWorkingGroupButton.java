package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** A working group chosen for the suggestion: now the author writes it. */
@Component
class ChooseWorkingGroupButton extends AbstractButtonHandler<ChooseWorkingGroupButton.Press> {

    static final String PREFIX = "suggest";

    /** The working group the suggestion is for, by its id in bot-config.yml. */
    record Press(String workingGroup) {

        Press {
            if (!ButtonData.isId(workingGroup)) {
                throw new IllegalArgumentException("not a working group id");
            }
        }

        String encode() {
            return workingGroup;
        }

        static Optional<Press> parse(String data) {
            return ButtonData.id(data).map(Press::new);
        }
    }

    static Button button(String label, String workingGroup) {
        return ButtonData.button(label, PREFIX, new Press(workingGroup).encode());
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final Catalogue catalogue;

    ChooseWorkingGroupButton(SuggestionFlow flow, SuggestionViews views, Catalogue catalogue) {
        super(PREFIX, Press::parse);
        this.flow = flow;
        this.views = views;
        this.catalogue = catalogue;
    }

    @Override
    public void handle(Interaction in, Press press) {
        flow.chooseWorkingGroup(in.user(), press.workingGroup())
                .ifPresentOrElse(
                        draft -> {
                            in.answer(null);
                            if (draft.isReviewing()) {
                                // The text came first (sent before /suggest): straight to the review, a protected
                                // message.
                                in.editPressed(
                                        in.t(
                                                "suggest.working-group-chosen",
                                                Html.escape(catalogue.workingGroupTitle(
                                                        draft.workingGroup(), in.locale()))),
                                        Keyboard.NONE);
                                views.review(in, draft);
                            } else {
                                in.editPressed(views.askText(in, draft.workingGroup()), views.writing(in));
                            }
                        },
                        () -> {
                            if (flow.current(in.user()).isPresent()) {
                                in.answer(in.t("button.stale"));
                            } else {
                                views.gone(in);
                            }
                        });
    }
}
