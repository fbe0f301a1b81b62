package org.civicrelay.catalogue;

/** What became of a {@link ChangeStatus}: done, or why not (so that the moderator can be told precisely). */
public sealed interface StatusChangeResult {

    record Changed(Recommendation recommendation, StatusEntry entry) implements StatusChangeResult {}

    /** No such recommendation in the catalogue (or it was retired from bot-config.yml). */
    record UnknownRecommendation() implements StatusChangeResult {}

    record UnknownStatus() implements StatusChangeResult {}

    record NoteTooLong(int length, int limit) implements StatusChangeResult {}
}
