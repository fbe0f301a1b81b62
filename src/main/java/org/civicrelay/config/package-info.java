/**
 * Start-up: the settings every module shares (each module binds its own part of {@code bot:} in a record of
 * its own), one-line refusals, the one-bot-per-database lock and the SQLite data source.
 */
package org.civicrelay.config;
