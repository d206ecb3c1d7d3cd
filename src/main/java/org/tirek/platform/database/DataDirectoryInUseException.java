package org.tirek.platform.database;

import java.nio.file.Path;

/** Another live Tirek process owns the embedded database's data directory. */
class DataDirectoryInUseException extends IllegalStateException {

    DataDirectoryInUseException(Path directory) {
        super("Data directory " + directory + " is in use by another running instance of Tirek;"
                + " stop it first, or set TIREK_DATA_DIR to another directory");
    }
}
