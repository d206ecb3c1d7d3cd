package org.tirek.platform.database;

import org.jspecify.annotations.Nullable;

/** Where the application's PostgreSQL is and how to reach it; closing stops what we started. */
interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();

    String username();

    @Nullable String password();

    /** A short, password-free description for log lines, such as {@code embedded, port 5433}. */
    String describe();

    @Override
    void close();
}
