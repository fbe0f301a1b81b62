package org.civicrelay.suggestion;

import java.time.Instant;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/** Drafts nobody finished are deleted once the draft lifetime (24 hours by default) has passed. */
@Component
class DraftRetention implements Retention {

    private final DraftRepository drafts;
    private final SuggestionSettings settings;

    DraftRetention(DraftRepository drafts, SuggestionSettings settings) {
        this.drafts = drafts;
        this.settings = settings;
    }

    @Override
    public String what() {
        return "abandoned drafts";
    }

    @Override
    public int purge(Instant now) {
        return drafts.deleteOlderThan(now.minus(settings.suggestion().draftLifetime()));
    }
}
