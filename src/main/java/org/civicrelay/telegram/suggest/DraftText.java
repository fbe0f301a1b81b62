package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.suggestion.WriteResult;
import org.springframework.stereotype.Component;

/** A plain text while a suggestion is in progress: the suggestion itself, or a nudge towards the buttons. */
@Component
class DraftText implements TextHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    DraftText(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public boolean handle(Interaction in) {
        return flow.current(in.user()).map(draft -> {
            switch (draft.step()) {
                case CHOOSING_WORKING_GROUP -> in.reply(in.t("suggest.use-working-group-buttons"));
                case REVIEWING -> in.reply(in.t("suggest.use-review-buttons"));
                case CHOOSING_REACHABILITY -> in.reply(in.t("suggest.use-reachability-buttons"));
                case WRITING -> write(in);
            }
            return true;
        }).orElse(false);
    }

    private void write(Interaction in) {
        WriteResult result = flow.write(in.user(), in.text());
        if (result instanceof WriteResult.Accepted accepted) {
            views.review(in, accepted.draft());
        } else if (result instanceof WriteResult.TooLong tooLong) {
            in.reply(in.t("suggest.too-long", tooLong.length(), tooLong.limit()));
        } else if (result instanceof WriteResult.Empty) {
            in.reply(in.t("suggest.empty"));
        }
    }
}
