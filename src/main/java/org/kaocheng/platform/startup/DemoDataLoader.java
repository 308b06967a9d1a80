package org.kaocheng.platform.startup;

/**
 * A capability's part of the demo district. Loaders run in ascending {@link #order()} on the
 * first start in demo mode, each in its own transaction; a loader that finds its data already
 * there does nothing.
 */
public interface DemoDataLoader {

    int order();

    void load();
}
