package org.civicrelay.telegram.mydata;

import java.util.List;
import java.util.Locale;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.suggestion.AuthorsSuggestion;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.Texts;
import org.springframework.stereotype.Component;

/**
 * /mysubmissions: references, working groups and states of the person's own suggestions. Only those
 * sent with replies allowed can be found; anonymous ones were never linked to anyone.
 */
@Component
class MySuggestionsCommand extends AbstractCommandHandler {

    /** Keeps the answer far below 4096 characters whatever the history. */
    static final int SHOWN = 20;

    private final Suggestions suggestions;
    private final Catalogue catalogue;
    private final Texts texts;

    MySuggestionsCommand(Suggestions suggestions, Catalogue catalogue, Texts texts) {
        super("mysubmissions", MenuEntry.of(MenuEntry.Section.SUGGESTIONS, 60));
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.texts = texts;
    }

    @Override
    public void handle(Interaction in) {
        List<AuthorsSuggestion> mine = suggestions.ofReachableAuthor(in.user());
        if (mine.isEmpty()) {
            in.reply(in.t("mysubmissions.none"));
            return;
        }
        StringBuilder text = new StringBuilder(in.t("mysubmissions.title", mine.size()));
        for (AuthorsSuggestion suggestion : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            text.append('\n')
                    .append(in.t(
                            "mysubmissions.item",
                            suggestion.ref().value(),
                            texts.date(in.locale(), suggestion.createdOn()),
                            Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), in.locale())),
                            in.t("mysubmissions.state."
                                    + suggestion.state().name().toLowerCase(Locale.ROOT)),
                            suggestion
                                    .recommendation()
                                    .map(id -> in.t("mysubmissions.linked", Html.escape(id)))
                                    .orElse("")));
        }
        if (mine.size() > SHOWN) {
            text.append('\n').append(in.t("mysubmissions.more", mine.size() - SHOWN));
        }
        in.replyProtected(text.toString(), null);
    }
}
