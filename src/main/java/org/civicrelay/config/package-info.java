/** Settings bound from bot-config.yml and the environment, validated at start-up, and the SQLite data source. */
package org.civicrelay.config;
