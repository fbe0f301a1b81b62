package org.civicrelay.config;

/**
 * A settings record bound from bot-config.yml and the environment; each module has its own. Every one is
 * bound and validated before the database is opened ({@link SqliteDataSourceConfig}), so that a bad
 * setting stops start-up with one line before anything is written to disk, whichever module it belongs to.
 */
public interface Settings {}
