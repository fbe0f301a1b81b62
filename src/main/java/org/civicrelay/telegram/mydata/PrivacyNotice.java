package org.civicrelay.telegram.mydata;

import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.PrivacySettings;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** The privacy notice, with the periods of the settings filled in: for /privacy and the greeting's button. */
@Component
class PrivacyNotice {

    private final SuggestionSettings suggestions;
    private final PrivacySettings privacy;
    private final ModerationSettings moderation;

    PrivacyNotice(SuggestionSettings suggestions, PrivacySettings privacy, ModerationSettings moderation) {
        this.suggestions = suggestions;
        this.privacy = privacy;
        this.moderation = moderation;
    }

    String text(Interaction in) {
        return in.t("privacy.text", suggestions.suggestion().draftLifetime().toHours(),
                privacy.retention().handledUpdates().toDays(), suggestions.retention().suggestionText().toDays(),
                suggestions.retention().suggestions().toDays(), moderation.relayRetention().toDays())
                + "\n\n" + in.t("privacy.moderation", moderation.spamBlock().toDays(), moderation.relayRetention().toDays());
    }
}
