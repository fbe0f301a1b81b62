package org.civicrelay.telegram.suggest;

import java.util.ArrayList;
import java.util.List;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.suggestion.Draft;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.WipeOffer;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** The messages and buttons of the suggestion flow. */
@Component
class SuggestionViews {

    private final Catalogue catalogue;
    private final WipeOffer wipe;

    SuggestionViews(Catalogue catalogue, WipeOffer wipe) {
        this.catalogue = catalogue;
        this.wipe = wipe;
    }

    /** Asks for the working group, one button per group and a way out. */
    void askWorkingGroup(Interaction in) {
        List<List<Button>> rows = new ArrayList<>();
        catalogue.workingGroups().forEach(group -> rows.add(List.of(
                ChooseWorkingGroupButton.button(group.title().in(in.locale()), group.id()))));
        rows.add(List.of(ReviewButton.button(in.t("button.cancel"), ReviewButton.Press.CANCEL)));
        in.reply(in.t("suggest.choose-working-group"), new Keyboard(rows));
    }

    String askText(Interaction in, String workingGroup, int maxLength) {
        return in.t("suggest.write", Html.escape(catalogue.workingGroupTitle(workingGroup, in.locale())), maxLength);
    }

    /** Shows the text back as the moderators will read it, with Send / Edit / Cancel. */
    void review(Interaction in, Draft draft) {
        Keyboard keyboard = Keyboard.of(
                List.of(ReviewButton.button(in.t("button.send"), ReviewButton.Press.SEND)),
                List.of(ReviewButton.button(in.t("button.edit"), ReviewButton.Press.EDIT),
                        ReviewButton.button(in.t("button.cancel"), ReviewButton.Press.CANCEL)));
        in.replyProtected(in.t("suggest.review", Html.escape(catalogue.workingGroupTitle(draft.workingGroup(), in.locale())),
                Html.escape(draft.text())), keyboard);
    }

    /** Whether moderators may reply; staying anonymous comes first and is the recommended choice. */
    void askReachability(Interaction in) {
        Keyboard keyboard = Keyboard.of(
                List.of(ReachabilityButton.button(in.t("button.anonymous"), false)),
                List.of(ReachabilityButton.button(in.t("button.reachable"), true)));
        in.editPressed(in.t("suggest.reachability"), keyboard);
    }

    void stored(Interaction in, Suggestion suggestion) {
        in.editPressed(in.t(suggestion.reachable() ? "suggest.stored.reachable" : "suggest.stored.anonymous",
                suggestion.ref().value(), Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), in.locale()))),
                // Right after sending is when a person is most likely to want the conversation gone.
                Keyboard.of(List.of(wipe.offer(in))));
    }
}
