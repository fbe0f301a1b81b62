package org.civicrelay.suggestion;

import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.SealedBeforePlaces;
import org.springframework.stereotype.Component;

/** Reply addresses sealed before they were bound to their suggestion's row, sealed again for it. */
@Component
class ReplyAddressesBeforePlaces implements SealedBeforePlaces {

    private final SuggestionRepository suggestions;

    ReplyAddressesBeforePlaces(SuggestionRepository suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public String what() {
        return "reply addresses";
    }

    @Override
    public int reseal(Identities identities) {
        var legacy = suggestions.legacyReplyAddresses(Identities.LEGACY_SEALED_LENGTH);
        legacy.forEach((ref, address) -> suggestions.replaceReplyAddress(
                ref, identities.seal(identities.openLegacy(address), SuggestionRepository.replyPlace(ref))));
        return legacy.size();
    }
}
