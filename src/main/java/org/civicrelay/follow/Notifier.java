package org.civicrelay.follow;

import java.util.List;

/**
 * Delivers a notice to followers; the Telegram adapter implements it. Called inside the status change's
 * transaction, once per batch of followers, so an implementation queues (durably, in that transaction)
 * rather than sends.
 */
public interface Notifier {

    void notify(StatusNotice notice, List<Follower> followers);
}
