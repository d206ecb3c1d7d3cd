/** Internal to the platform module. */
@NullMarked
package org.tirek.platform.database;

import org.jspecify.annotations.NullMarked;
