package org.civicrelay.telegram.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicrelay.catalogue.RecommendationId;
import org.junit.jupiter.api.Test;

/** The catalogue's buttons read back exactly what they wrote, and nothing else. */
class FollowButtonDataTest {

    private static final RecommendationId R7 = new RecommendationId("R7");

    @Test
    void follow_and_unfollow_remember_where_to_redraw() {
        for (FollowButton.Press press : new FollowButton.Press[] {
            new FollowButton.Press(true, R7, false, 2), new FollowButton.Press(false, R7, true, 0)
        }) {
            assertThat(FollowButton.Press.parse(press.encode())).contains(press);
        }
        assertThat(new FollowButton.Press(true, R7, false, 2).encode()).isEqualTo("on:R7:g2");
        for (String forged : new String[] {
            "on:R7", "toggle:R7:g2", "on:R0:g2", "on:R7:x2", "on:R7:g", "on:R7:g-1", "on:R7:g02", "on:R7:g2:extra"
        }) {
            assertThat(FollowButton.Press.parse(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void details_and_group_pages_read_back() {
        RecommendationDetailsButton.Press details = new RecommendationDetailsButton.Press(R7, 3);
        assertThat(RecommendationDetailsButton.Press.parse(details.encode())).contains(details);
        assertThat(RecommendationDetailsButton.Press.parse("R7")).isEmpty();

        WorkingGroupButton.Press group = new WorkingGroupButton.Press("media", 1);
        assertThat(WorkingGroupButton.Press.parse(group.encode())).contains(group);
        assertThat(WorkingGroupButton.Press.parse("media")).isEmpty();
        assertThat(WorkingGroupButton.Press.parse("Media:1")).isEmpty();
        assertThat(WorkingGroupsButton.button("Next", 1).data()).isEqualTo("recs:1");
        assertThat(FollowingPageButton.button("Next", 2).data()).isEqualTo("subs:2");
    }
}
