package org.civicrelay.telegram.mydata;

import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.StartMenu;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/** "What is kept" under the greeting: the privacy notice, as /privacy shows it, in a new message. */
@Component
class PrivacyButton extends AbstractButtonHandler<Boolean> implements StartMenu {

    static final String PREFIX = "privacy";

    private final PrivacyNotice notice;

    PrivacyButton(PrivacyNotice notice) {
        super(PREFIX, PrivacyButton::read);
        this.notice = notice;
    }

    private static Optional<Boolean> read(String data) {
        return data.equals("show") ? Optional.of(true) : Optional.empty();
    }

    @Override
    public void handle(Interaction in, Boolean press) {
        in.answer(null);
        in.reply(notice.text(in));
    }

    @Override
    public Button button(Interaction in) {
        return ButtonData.button(in.t("button.start.privacy"), PREFIX, "show");
    }

    @Override
    public int position() {
        return 30;
    }
}
