package org.civicrelay.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the catalogue of bot-config.yml into SQLite at start-up, before the bot polls: new
 * recommendations start in the initial status; titles, working groups and order follow the file; statuses,
 * history and follows stay. A recommendation removed from the file is retired (hidden, refused to
 * new followers and to /setstatus) rather than deleted, so that an accidental edit loses nothing and
 * putting it back restores it. A current status that has left the file stops start-up: recommendations
 * would otherwise show a status nobody can name.
 */
@Component
class CatalogueSync implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSync.class);

    private final CatalogueSettings settings;
    private final RecommendationRepository recommendations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CatalogueSync(
            CatalogueSettings settings,
            RecommendationRepository recommendations,
            TransactionTemplate transactions,
            Clock clock) {
        this.settings = settings;
        this.recommendations = recommendations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> sync());
    }

    void sync() {
        Map<RecommendationId, Recommendation> stored = new HashMap<>();
        recommendations.all().forEach(recommendation -> stored.put(recommendation.id(), recommendation));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int position = 0;
        int added = 0;
        for (WorkingGroup group : settings.workingGroups()) {
            for (CatalogueSettings.Recommendation configured : group.recommendations()) {
                RecommendationId id = new RecommendationId(configured.id());
                recommendations.upsert(id, group.id(), position++, configured.title(), settings.initialStatus());
                if (stored.remove(id) == null) {
                    recommendations.addHistory(id, settings.initialStatus(), null, today);
                    added++;
                }
            }
        }
        int retired = 0;
        for (Recommendation gone : stored.values()) {
            if (!gone.retired()) {
                recommendations.retire(gone.id());
                retired++;
            }
        }
        for (Recommendation recommendation : recommendations.all()) {
            if (!recommendation.retired()
                    && settings.statuses().stream()
                            .noneMatch(known -> known.id().equals(recommendation.status()))) {
                throw new InvalidSettingException(
                        "CATALOGUE_STATUSES (catalogue.statuses)",
                        "status "
                                + recommendation.status() + " is the current status of " + recommendation.id()
                                + " in the database; keep it in the list (change the label if needed)");
            }
        }
        log.info(
                "Catalogue loaded: {} recommendations, {} new, {} retired (hidden; statuses and subscriptions kept)",
                position,
                added,
                retired);
    }
}
