package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/**
 * The privacy notice, with the periods the bot actually runs with filled in, each a maximum: for /privacy
 * and the greeting's "What is kept" button.
 */
@Component
class PrivacyNotice {

    private final PrivacyFigures figures;

    PrivacyNotice(PrivacyFigures figures) {
        this.figures = figures;
    }

    String text(Interaction in) {
        String timing =
                figures.cardDelayMinutes() > 0 ? "\n\n" + in.t("privacy.kept.timing", figures.cardDelayMinutes()) : "";
        return in.t(
                        "privacy.kept",
                        figures.draftHours(),
                        figures.handledUpdateDays(),
                        figures.textDays(),
                        figures.rowDays(),
                        figures.relayDays(),
                        figures.windowHours(),
                        figures.deletableHours())
                + "\n\n"
                + in.t(
                        "privacy.kept.moderation",
                        figures.spamBlockHours(),
                        figures.relayDays(),
                        figures.undecidedDays())
                + timing;
    }
}
