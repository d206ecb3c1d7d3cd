package org.tirek.identity;

/** The signed-in sessions of every instance (stored in PostgreSQL). */
public interface Sessions {

    /** Signs everybody out, on every instance, at once; returns how many sessions ended. */
    int endAll();
}
