package org.civicrelay.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.catalogue.ChangeStatus;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusChanged;
import org.civicrelay.catalogue.TestRecommendations;
import org.civicrelay.config.SqliteTestDatabase;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.civicrelay.privacy.SealedPlace;
import org.civicrelay.privacy.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Following recommendations and the fan-out of a status change, against a real SQLite file. */
class FollowersTest {

    private static final RecommendationId R1 = new RecommendationId("R1");
    private static final RecommendationId R2 = new RecommendationId("R2");
    private static final RecommendationId R3 = new RecommendationId("R3");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneOffset.UTC);
    private final List<Delivery> notified = new ArrayList<>();
    private final Identities identities = TestIdentities.identities();
    private HikariDataSource database;
    private Recommendations recommendations;
    private Followers followers;
    private RuntimeException notifierFailure;

    record Delivery(StatusNotice notice, List<Follower> batch) {}

    @BeforeEach
    void open() {
        database = SqliteTestDatabase.open(folder.resolve("bot.db"));
        // Events go where Spring would send them: the status change to the fan-out, synchronously.
        recommendations = TestRecommendations.start(
                database,
                TestRecommendations.catalogue("media:R1,R2"),
                event -> {
                    if (event instanceof StatusChanged change) {
                        followers.on(change);
                    }
                },
                clock);
        Notifier notifier = (notice, batch) -> {
            if (notifierFailure != null) {
                throw notifierFailure;
            }
            notified.add(new Delivery(notice, List.copyOf(batch)));
        };
        followers = new Followers(
                new FollowerRepository(JdbcClient.create(database)), recommendations, notifier, identities);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void
            following_needs_no_registration_is_idempotent_and_keeps_only_the_sealed_chat_its_pseudonym_language_and_silence() {
        Chat alice = follower(1);

        assertThat(follow(followers, R1, alice)).isEqualTo(FollowResult.FOLLOWING);
        assertThat(follow(followers, R1, alice)).isEqualTo(FollowResult.ALREADY_FOLLOWING);

        assertThat(followers.followerCount(R1)).isEqualTo(1);
        assertThat(followers.followed(alice.chatKey()))
                .extracting(Recommendation::id)
                .containsExactly(R1);
        assertThat(JdbcClient.create(database)
                        .sql("SELECT * FROM follow")
                        .query()
                        .listOfRows())
                .singleElement()
                .satisfies(row -> assertThat(row.keySet())
                        .containsExactlyInAnyOrder("id", "recommendation", "chat", "chat_key", "language", "silent"));
    }

    @Test
    void silence_and_language_are_one_choice_per_person_and_new_follows_take_the_silence_already_chosen() {
        Chat alice = follower(1);
        follow(followers, R1, alice);
        assertThat(followers.isSilent(alice.chatKey())).isFalse();

        assertThat(followers.setSilent(alice.chatKey(), true)).isTrue();
        followers.speak(alice.chatKey(), java.util.Locale.forLanguageTag("uk"));
        follow(followers, R2, alice);

        assertThat(followers.isSilent(alice.chatKey())).isTrue();
        assertThat(JdbcClient.create(database)
                        .sql("SELECT language, silent FROM follow WHERE recommendation = :id")
                        .param("id", R2.value())
                        .query()
                        .singleRow())
                .containsEntry("silent", 1);
        assertThat(followers.setSilent(follower(2).chatKey(), true))
                .as("nothing followed, nothing to silence")
                .isFalse();
    }

    @Test
    void the_chat_id_is_sealed_for_its_follow_and_opens_nowhere_else() {
        Chat alice = follower(1);
        follow(followers, R1, alice);
        follow(followers, R2, follower(2));

        recommendations.change(new ChangeStatus(R1, "in_progress", Optional.empty(), "anna"));

        SealedId sealed = notified.get(0).batch().get(0).chat();
        assertThat(identities.open(sealed)).isEqualTo(alice.address().id());
        byte[] stored = JdbcClient.create(database)
                .sql("SELECT chat FROM follow WHERE recommendation = 'R1'")
                .query((rs, n) -> rs.getBytes(1))
                .single();
        assertThatIllegalArgumentException()
                .as("moved to the follow of another recommendation")
                .isThrownBy(() -> identities.open(new SealedId(
                        stored,
                        new SealedPlace(
                                "follow", "chat", "R2/" + alice.chatKey().value()))));
    }

    @Test
    void unknown_and_retired_recommendations_cannot_be_followed() {
        assertThat(follow(followers, new RecommendationId("R99"), follower(1))).isEqualTo(FollowResult.UNKNOWN);
        assertThat(followers.followerCount(new RecommendationId("R99"))).isZero();
    }

    @Test
    void unfollowing_removes_only_that_recommendation_and_says_whether_there_was_one() {
        Chat alice = follower(1);
        follow(followers, R1, alice);
        follow(followers, R2, alice);

        assertThat(followers.unfollow(R1, alice.chatKey())).isTrue();
        assertThat(followers.unfollow(R1, alice.chatKey())).isFalse();

        assertThat(followers.followedAmong(alice.chatKey(), List.of(R1, R2))).isEqualTo(Set.of(R2));
    }

    @Test
    void a_status_change_reaches_every_follower_once_in_batches_and_nobody_else() {
        int many = Followers.FAN_OUT_BATCH * 2 + 7;
        for (int i = 0; i < many; i++) {
            follow(followers, R1, follower(i));
        }
        follow(followers, R2, follower(1_000_000));

        recommendations.change(new ChangeStatus(R1, "in_progress", Optional.of("Started"), "anna"));

        assertThat(notified).hasSize(3);
        assertThat(notified)
                .flatExtracting(Delivery::batch)
                .extracting(Follower::chatKey)
                .doesNotHaveDuplicates()
                .hasSize(many)
                .doesNotContain(follower(1_000_000).chatKey());
        StatusNotice notice = notified.get(0).notice();
        assertThat(notice.recommendation().id()).isEqualTo(R1);
        assertThat(notice.status()).isEqualTo("in_progress");
        assertThat(notice.note()).contains("Started");
        assertThat(notice.on()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void the_change_and_its_notifications_are_one_transaction() {
        follow(followers, R1, follower(1));
        notifierFailure = new IllegalStateException("disk full");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));

        try {
            transaction.executeWithoutResult(
                    status -> recommendations.change(new ChangeStatus(R1, "in_progress", Optional.empty(), "anna")));
        } catch (IllegalStateException expected) {
            // the notifier failed: the change must be rolled back with it
        }

        assertThat(recommendations.current(R1).orElseThrow().status()).isEqualTo("proposed");
        assertThat(recommendations.history(R1, 10)).hasSize(1);
    }

    @Test
    void what_a_chat_follows_is_listed_in_catalogue_order_with_retired_recommendations_last() {
        Chat alice = follower(1);
        follow(followers, R2, alice);
        follow(followers, R1, alice);
        // bot-config.yml then drops R1 and puts a new R3 ahead of R2.
        Recommendations edited =
                TestRecommendations.start(database, TestRecommendations.catalogue("media:R3,R2"), event -> {}, clock);
        Followers restarted = new Followers(
                new FollowerRepository(JdbcClient.create(database)), edited, (notice, batch) -> {}, identities);
        follow(restarted, R3, alice);

        assertThat(restarted.followed(alice.chatKey()))
                .extracting(Recommendation::id)
                .containsExactly(R3, R2, R1);
    }

    @Test
    void a_chat_that_is_gone_loses_everything_it_follows_at_once() {
        Chat alice = follower(1);
        Chat bob = follower(2);
        follow(followers, R1, alice);
        follow(followers, R2, alice);
        follow(followers, R1, bob);

        followers.on(new ChatGone(alice.chatKey()));

        assertThat(followers.followed(alice.chatKey())).isEmpty();
        assertThat(followers.followerCount(R1)).isEqualTo(1);
    }

    /** A chat as the adapter hands it over: its id (in memory only) and its pseudonym. */
    record Chat(ChatAddress address, Pseudonym chatKey) {}

    private static Chat follower(int n) {
        return new Chat(new ChatAddress(720_000_000L + n), new Pseudonym(String.format("chat-pseudonym-%08d", n)));
    }

    private static FollowResult follow(Followers followers, RecommendationId id, Chat chat) {
        return followers.follow(id, chat.address(), chat.chatKey(), java.util.Locale.ENGLISH);
    }
}
