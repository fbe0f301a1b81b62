package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;

/** A working group chosen for the suggestion: now the author writes it. */
@Component
class ChooseWorkingGroupButton implements ButtonHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    ChooseWorkingGroupButton(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public String prefix() {
        return SuggestionViews.WORKING_GROUP;
    }

    @Override
    public void handle(Interaction in, String workingGroup) {
        flow.chooseWorkingGroup(in.user(), workingGroup).ifPresentOrElse(
                draft -> {
                    in.answer(null);
                    in.editPressed(views.askText(in, draft.workingGroup(), flow.maxLength()), Keyboard.NONE);
                },
                () -> in.answer(in.t("button.stale")));
    }
}
