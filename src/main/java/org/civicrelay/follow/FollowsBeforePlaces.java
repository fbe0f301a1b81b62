package org.civicrelay.follow;

import java.util.List;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.SealedBeforePlaces;
import org.springframework.stereotype.Component;

/** Followers' chat ids sealed before they were bound to their follow's row, sealed again for it. */
@Component
class FollowsBeforePlaces implements SealedBeforePlaces {

    private final FollowerRepository follows;

    FollowsBeforePlaces(FollowerRepository follows) {
        this.follows = follows;
    }

    @Override
    public String what() {
        return "followers' chat ids";
    }

    @Override
    public int reseal(Identities identities) {
        List<FollowerRepository.LegacyFollow> legacy = follows.legacy(Identities.LEGACY_SEALED_LENGTH);
        for (FollowerRepository.LegacyFollow follow : legacy) {
            follows.replaceChat(
                    follow.id(),
                    identities.seal(
                            identities.openLegacy(follow.sealed()),
                            FollowerRepository.chatPlace(follow.recommendation(), follow.chatKey())));
        }
        return legacy.size();
    }
}
