package org.civicrelay.telegram.bot;

import java.time.Instant;
import org.civicrelay.privacy.PrivacySettings;
import org.civicrelay.privacy.Retention;
import org.springframework.stereotype.Component;

/** Handled update ids are needed only while Telegram might redeliver them (it keeps updates about a day). */
@Component
class HandledUpdateRetention implements Retention {

    private final HandledUpdateRepository handled;
    private final PrivacySettings settings;

    HandledUpdateRetention(HandledUpdateRepository handled, PrivacySettings settings) {
        this.handled = handled;
        this.settings = settings;
    }

    @Override
    public String what() {
        return "handled update ids";
    }

    @Override
    public int purge(Instant now) {
        return handled.deleteOlderThan(now.minus(settings.retention().handledUpdates()));
    }
}
