package org.civicrelay.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.civicrelay.config.CatalogueSettings;
import org.civicrelay.config.CatalogueSettings.Status;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The real catalogue services over a real SQLite database, started as the bot starts them, for tests. */
public final class TestRecommendations {

    private TestRecommendations() {}

    /** Runs the start-up sync of {@code settings} into the database, then returns the service. */
    public static Recommendations start(
            DataSource database, CatalogueSettings settings, ApplicationEventPublisher events, Clock clock) {
        RecommendationRepository repository = new RecommendationRepository(JdbcClient.create(database));
        new CatalogueSync(
                        settings,
                        repository,
                        new TransactionTemplate(new DataSourceTransactionManager(database)),
                        clock)
                .afterPropertiesSet();
        return new Recommendations(repository, new Catalogue(settings), events, clock);
    }

    /**
     * Groups given as "group:R1,R2", e.g. {@code catalogue("media:R1,R2", "grassroots:R3")}; statuses
     * proposed (initial), in_progress and implemented.
     */
    public static CatalogueSettings catalogue(String... groups) {
        List<WorkingGroup> workingGroups = new ArrayList<>();
        for (String group : groups) {
            String[] parts = group.split(":", 2);
            List<CatalogueSettings.Recommendation> recommendations = new ArrayList<>();
            if (parts.length > 1 && !parts[1].isEmpty()) {
                for (String id : parts[1].split(",")) {
                    recommendations.add(new CatalogueSettings.Recommendation(
                            id, new LocalizedText("Title of " + id, "Название " + id)));
                }
            }
            workingGroups.add(
                    new WorkingGroup(parts[0], new LocalizedText("Group " + parts[0], null), recommendations));
        }
        return new CatalogueSettings(
                workingGroups,
                List.of(
                        new Status("proposed", new LocalizedText("Proposed", "Предложена")),
                        new Status("in_progress", new LocalizedText("In progress", "Выполняется")),
                        new Status("implemented", new LocalizedText("Implemented", "Выполнена"))),
                "proposed");
    }
}
