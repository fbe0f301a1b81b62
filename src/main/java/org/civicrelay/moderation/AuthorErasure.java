package org.civicrelay.moderation;

import java.util.List;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.submission.SubmissionRef;
import org.civicrelay.submission.Submissions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is forgotten (or their chat is gone), their submissions lose every link to them: the
 * sealed reply address, their pseudonym, and the relay links through which moderators' messages and
 * their answers travelled. The submissions themselves stay (moderators may still act on them) unless
 * the person also asked for their text to go.
 */
@Component
class AuthorErasure {

    private final Submissions submissions;
    private final RelayLinks relayLinks;

    AuthorErasure(Submissions submissions, RelayLinks relayLinks) {
        this.submissions = submissions;
        this.relayLinks = relayLinks;
    }

    @EventListener
    void on(ChatGone gone) {
        List<SubmissionRef> refs = submissions.forgetReachableAuthor(gone.chat(), gone.eraseSubmissionText());
        relayLinks.forget(refs);
    }
}
