package org.civicrelay.telegram.status;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.StatusChangeResult;
import org.civicrelay.catalogue.StatusDraft;
import org.civicrelay.catalogue.StatusDrafts;
import org.civicrelay.catalogue.StatusDrafts.DraftResult;
import org.civicrelay.follow.Followers;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.privacy.Identities;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.StatusChangeOffer;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The buttons of a guided status change: start one from a recommendation, choose the status, no public note,
 * confirm the preview, cancel. A confirmation notifies exactly the number of followers the preview showed:
 * if that number changed meanwhile, the preview is shown again with the new number instead.
 */
@Component
class SetStatusButton extends AbstractButtonHandler<StatusPress> implements StatusChangeOffer {

    private final StatusDrafts drafts;
    private final StatusViews views;
    private final Followers followers;
    private final Moderators moderators;
    private final Identities identities;

    SetStatusButton(
            StatusDrafts drafts, StatusViews views, Followers followers, Moderators moderators, Identities identities) {
        super(StatusPress.PREFIX, StatusPress::parse);
        this.drafts = drafts;
        this.views = views;
        this.followers = followers;
        this.moderators = moderators;
        this.identities = identities;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public Button offer(Locale locale, RecommendationId recommendation) {
        return StatusPress.button(views.offerLabel(locale), new StatusPress.Open(recommendation));
    }

    @Override
    public void handle(Interaction in, StatusPress press) {
        String chatKey = identities.pseudonym(in.chatId()).value();
        if (press instanceof StatusPress.Open open) {
            in.answer(null);
            drafts.start(open.recommendation(), chatKey)
                    .ifPresentOrElse(
                            draft -> {
                                StatusViews.Screen screen = views.choose(in, draft);
                                in.reply(screen.html(), screen.keyboard());
                            },
                            () -> in.alert(in.t("button.stale")));
            return;
        }
        if (press instanceof StatusPress.Choose choose) {
            show(in, drafts.chooseStatus(choose.draft(), choose.status(), chatKey, in.messageId()), true);
        } else if (press instanceof StatusPress.NoNote noNote) {
            show(in, drafts.giveNote(noNote.draft(), Optional.empty()), false);
        } else if (press instanceof StatusPress.Confirm confirm) {
            confirm(in, confirm);
        } else if (press instanceof StatusPress.Cancel cancel) {
            drafts.cancel(cancel.draft());
            in.answer(null);
            in.editPressed(in.t("setstatus.cancelled"), Keyboard.NONE);
        }
    }

    private void show(Interaction in, DraftResult result, boolean askNote) {
        if (result instanceof DraftResult.Ready ready) {
            StatusViews.Screen screen = askNote ? views.askNote(in, ready.draft()) : views.preview(in, ready.draft());
            in.answer(null);
            in.editPressed(screen.html(), screen.keyboard());
        } else {
            in.alert(in.t("button.stale"));
        }
    }

    private void confirm(Interaction in, StatusPress.Confirm confirm) {
        Optional<StatusDraft> draft = drafts.find(confirm.draft()).filter(StatusDraft::complete);
        if (draft.isEmpty()) {
            in.alert(in.t("button.stale"));
            return;
        }
        int now = followers.followerCount(draft.get().recommendation());
        if (now != confirm.followers()) {
            StatusViews.Screen screen = views.preview(in, draft.get());
            in.alert(in.t("setstatus.count-changed", confirm.followers(), now));
            in.editPressed(screen.html(), screen.keyboard());
            return;
        }
        StatusChangeResult result =
                drafts.confirm(confirm.draft(), moderators.alias(in.userId()).orElseThrow());
        if (result instanceof StatusChangeResult.Changed changed) {
            in.answer(in.t("triage.done"));
            in.editPressed(
                    in.t(
                            "setstatus.done",
                            changed.recommendation().id().value(),
                            views.label(in, changed.recommendation().status()),
                            now),
                    Keyboard.NONE);
        } else {
            in.alert(in.t("button.stale"));
        }
    }
}
