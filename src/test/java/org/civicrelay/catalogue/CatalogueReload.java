package org.civicrelay.catalogue;

/**
 * Copies bot-config.yml's catalogue into the database again, as a start does; with the recommendations
 * deleted first, every status is back to the initial one. For the in-process harness, between tests.
 */
public class CatalogueReload {

    private final CatalogueSync sync;

    CatalogueReload(CatalogueSync sync) {
        this.sync = sync;
    }

    /** Inside the caller's transaction. */
    public void reload() {
        sync.sync();
    }
}
