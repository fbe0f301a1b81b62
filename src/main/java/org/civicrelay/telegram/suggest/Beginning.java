package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.suggestion.Draft;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/**
 * Starting a suggestion, from /suggest, a button or a link, optionally in a working group chosen
 * beforehand. An unfinished text is never discarded silently: the author is asked first.
 */
@Component
class Beginning {

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    Beginning(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    void begin(Interaction in, Optional<String> workingGroup) {
        Optional<Draft> current = flow.current(in.user()).filter(Draft::hasText);
        if (current.isPresent()) {
            views.askDiscard(in, current.get(), workingGroup);
        } else {
            start(in, workingGroup);
        }
    }

    /** Starts afresh, discarding any draft. */
    void start(Interaction in, Optional<String> workingGroup) {
        Optional<Draft> started = workingGroup.flatMap(group -> flow.startIn(in.user(), group));
        if (started.isPresent()) {
            in.reply(views.askText(in, started.get().workingGroup()), views.writing(in));
        } else if (flow.start(in.user()).isPresent()) {
            views.askWorkingGroup(in);
        } else {
            // Someone whose suggestion was marked as spam: a polite "not now", without saying why.
            in.reply(in.t("suggest.unavailable"));
        }
    }
}
