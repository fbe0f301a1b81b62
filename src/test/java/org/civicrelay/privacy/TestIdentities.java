package org.civicrelay.privacy;

import java.nio.file.Path;
import org.civicrelay.config.TestSettings;

/** Real {@link Identities} under the fixed test data key, for tests outside this package. */
public final class TestIdentities {

    private TestIdentities() {
    }

    public static Identities identities() {
        return new KeyedIdentities(DataKey.from(TestSettings.DATA_KEY, Path.of("unused", "civic-relay.db")));
    }

    /** Real {@link ReceiptHashes} under the same test data key. */
    public static ReceiptHashes receiptHashes() {
        return new ReceiptHashes(DataKey.from(TestSettings.DATA_KEY, Path.of("unused", "civic-relay.db")));
    }
}
