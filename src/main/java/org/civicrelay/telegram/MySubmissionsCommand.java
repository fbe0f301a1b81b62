package org.civicrelay.telegram;

import java.util.List;
import java.util.Locale;
import org.civicrelay.submission.AuthorsSubmission;
import org.civicrelay.submission.Submissions;
import org.springframework.stereotype.Component;

/**
 * /mysubmissions: references, working groups and states of the person's own submissions. Only those
 * sent with replies allowed can be found; anonymous ones were never linked to anyone.
 */
@Component
class MySubmissionsCommand implements CommandHandler {

    /** Keeps the answer far below 4096 characters whatever the history. */
    static final int SHOWN = 20;

    private final Submissions submissions;
    private final SuggestionViews views;

    MySubmissionsCommand(Submissions submissions, SuggestionViews views) {
        this.submissions = submissions;
        this.views = views;
    }

    @Override
    public List<String> commands() {
        return List.of("mysubmissions");
    }

    @Override
    public void handle(Interaction in) {
        List<AuthorsSubmission> mine = submissions.ofReachableAuthor(in.user());
        if (mine.isEmpty()) {
            in.reply(in.t("mysubmissions.none"));
            return;
        }
        StringBuilder text = new StringBuilder(in.t("mysubmissions.title", mine.size()));
        for (AuthorsSubmission submission : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            text.append('\n').append(in.t("mysubmissions.item", submission.ref().value(),
                    submission.createdOn().toString(), Html.escape(views.topicTitle(submission.topic(), in.locale())),
                    in.t("mysubmissions.state." + submission.state().name().toLowerCase(Locale.ROOT)),
                    submission.recommendation().map(id -> in.t("mysubmissions.linked", Html.escape(id))).orElse("")));
        }
        if (mine.size() > SHOWN) {
            text.append('\n').append(in.t("mysubmissions.more", mine.size() - SHOWN));
        }
        in.replyProtected(text.toString(), null);
    }
}
