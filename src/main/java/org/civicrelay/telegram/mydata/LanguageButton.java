package org.civicrelay.telegram.mydata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.follow.Followers;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Languages;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.chat.port.StartMenu;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The choice of language: one button per language, each labelled in its own language. The choice is kept
 * under the person's pseudonym (two letters) and applied to what is kept with their follows and reachable
 * suggestions, so that notices and the moderators' news come in it too; /forget erases it. Also offered
 * under the greeting. Written {@code lang:uk}, or {@code lang:menu} for the choice itself.
 */
@Component
class LanguageButton extends AbstractButtonHandler<Optional<Locale>> implements StartMenu {

    static final String PREFIX = "lang";
    private static final String MENU = "menu";

    private final Languages languages;
    private final Followers followers;
    private final Suggestions suggestions;
    private final Texts texts;

    LanguageButton(Languages languages, Followers followers, Suggestions suggestions, Texts texts) {
        super(PREFIX, LanguageButton::read);
        this.languages = languages;
        this.followers = followers;
        this.suggestions = suggestions;
        this.texts = texts;
    }

    static Button button(String label, Locale language) {
        return ButtonData.button(label, PREFIX, language.getLanguage());
    }

    private static Optional<Optional<Locale>> read(String data) {
        if (data.equals(MENU)) {
            return Optional.of(Optional.empty());
        }
        return Texts.language(data).map(Optional::of);
    }

    /** The choice, as a new message. */
    void show(Interaction in) {
        in.reply(
                in.t("language.choose"),
                new Keyboard(Texts.LANGUAGES.stream()
                        .map(language -> List.of(button(
                                (language.equals(in.locale()) ? "\u2713 " : "") + texts.get(language, "language.name"),
                                language)))
                        .toList()));
    }

    @Override
    public void handle(Interaction in, Optional<Locale> press) {
        in.answer(null);
        if (press.isEmpty()) {
            show(in);
            return;
        }
        Locale language = press.get();
        languages.choose(in.user(), language);
        followers.speak(in.user(), language);
        suggestions.speak(in.user(), language);
        in.editPressed(texts.get(language, "language.chosen", texts.get(language, "language.name")), Keyboard.NONE);
    }

    @Override
    public Button button(Interaction in) {
        return ButtonData.button(in.t("button.start.language"), PREFIX, MENU);
    }

    @Override
    public int position() {
        return 40;
    }
}
