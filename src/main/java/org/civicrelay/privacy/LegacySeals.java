package org.civicrelay.privacy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the data key is checked and before anything is sent or received, every module seals again what it
 * stored in the format that preceded places (a database from before version 11 of the schema). Idempotent:
 * a database with nothing of the kind costs one query per module.
 */
@Component
class LegacySeals implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LegacySeals.class);

    private final List<SealedBeforePlaces> modules;
    private final Identities identities;
    private final TransactionTemplate transactions;

    LegacySeals(List<SealedBeforePlaces> modules, Identities identities, TransactionTemplate transactions) {
        this.modules = modules;
        this.identities = identities;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (SealedBeforePlaces module : modules) {
            Integer resealed = transactions.execute(status -> module.reseal(identities));
            if (resealed != null && resealed > 0) {
                log.info("Sealed again for their place: {} {}", resealed, module.what());
            }
        }
    }
}
