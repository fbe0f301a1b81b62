/**
 * The workshop's working groups, recommendations and statuses: read from bot-config.yml, kept in SQLite
 * with each recommendation's status history; a status change is published as {@link StatusChanged}.
 */
package org.civicrelay.catalogue;
