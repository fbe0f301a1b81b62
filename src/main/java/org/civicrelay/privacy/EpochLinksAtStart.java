package org.civicrelay.privacy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** At start-up, before anything is received or sent: what earlier runs filed under epoch links goes. */
@Component
class EpochLinksAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EpochLinksAtStart.class);

    private final List<EpochLinked> modules;
    private final TransactionTemplate transactions;

    EpochLinksAtStart(List<EpochLinked> modules, TransactionTemplate transactions) {
        this.modules = modules;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (EpochLinked module : modules) {
            Integer erased = transactions.execute(status -> module.forgetEveryLink());
            if (erased != null && erased > 0) {
                log.info("Linked to nobody since the restart, erased: {} {}", erased, module.what());
            }
        }
    }
}
