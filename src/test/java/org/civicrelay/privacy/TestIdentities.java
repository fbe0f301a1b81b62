package org.civicrelay.privacy;

import org.civicrelay.config.TestSettings;

/** Real {@link Identities} under the fixed test data key, for tests outside this package. */
public final class TestIdentities {

    private TestIdentities() {
    }

    public static Identities identities() {
        return new KeyedIdentities(DataKey.of(TestSettings.DATA_KEY));
    }
}
