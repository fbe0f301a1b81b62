package org.civicrelay.config;

/**
 * Something a module must settle before the database is created or opened, because it can refuse the start
 * (the data key, read from a file a setting names): the data source waits for every such bean, so that a
 * refusal leaves nothing on disk, as a bad setting does.
 */
public interface BeforeDatabase {}
