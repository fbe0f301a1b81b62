package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.DeepLink;
import org.springframework.stereotype.Component;

/**
 * Links that start a suggestion: {@code ?start=suggest}, and {@code ?start=suggest-media} in the working
 * group {@code media} (an unknown group starts with the choice of group).
 */
@Component
class SuggestLinks implements DeepLink {

    private static final String SUGGEST = "suggest";

    private final Beginning beginning;
    private final Catalogue catalogue;

    SuggestLinks(Beginning beginning, Catalogue catalogue) {
        this.beginning = beginning;
        this.catalogue = catalogue;
    }

    @Override
    public boolean open(Interaction in, String payload) {
        if (payload.equals(SUGGEST)) {
            beginning.begin(in, Optional.empty());
            return true;
        }
        if (payload.startsWith(SUGGEST + "-")) {
            String group = payload.substring(SUGGEST.length() + 1);
            beginning.begin(in, catalogue.workingGroup(group).map(found -> found.id()));
            return true;
        }
        return false;
    }
}
