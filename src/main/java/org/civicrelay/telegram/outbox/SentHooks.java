package org.civicrelay.telegram.outbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.stereotype.Component;

/**
 * What to record once Telegram has accepted a queued call, named in the outbox row as
 * {@code prefix:argument} (e.g. {@code card:S-7KQ3X} stores the card's message id).
 */
@Component
public class SentHooks {

    /** One kind of record to make after sending. */
    public interface Hook {
        String prefix();

        /** {@code chat} is the pseudonym of the chat the call went to, for hooks that record where a message is. */
        void sent(String argument, Optional<Integer> messageId, Pseudonym chat);
    }

    private final Map<String, Hook> byPrefix;

    SentHooks(List<Hook> hooks) {
        this.byPrefix = hooks.stream().collect(Collectors.toUnmodifiableMap(Hook::prefix, Function.identity()));
    }

    public static String tag(String prefix, String argument) {
        return prefix + ":" + argument;
    }

    void sent(String tag, Optional<Integer> messageId, Pseudonym chat) {
        int colon = tag.indexOf(':');
        Hook hook = byPrefix.get(colon < 0 ? tag : tag.substring(0, colon));
        if (hook == null) {
            throw new IllegalStateException("no hook for an outbox tag");
        }
        hook.sent(colon < 0 ? "" : tag.substring(colon + 1), messageId, chat);
    }
}
