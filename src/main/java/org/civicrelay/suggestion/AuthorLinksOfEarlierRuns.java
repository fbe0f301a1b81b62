package org.civicrelay.suggestion;

import org.civicrelay.privacy.EpochLinked;
import org.springframework.stereotype.Component;

/**
 * At start-up every author key and spam block was made under an epoch key that died with the previous
 * process: linked to nobody, they go (a spam block ends with a restart; that is part of its price).
 */
@Component
class AuthorLinksOfEarlierRuns implements EpochLinked {

    private final SuggestionErasureRepository suggestions;
    private final SpamBlockRepository blocks;

    AuthorLinksOfEarlierRuns(SuggestionErasureRepository suggestions, SpamBlockRepository blocks) {
        this.suggestions = suggestions;
        this.blocks = blocks;
    }

    @Override
    public String what() {
        return "author keys and spam blocks";
    }

    @Override
    public int forgetEveryLink() {
        return suggestions.eraseAllAuthorKeys() + blocks.deleteAll();
    }
}
