/** Internal to the platform module. */
@NullMarked
package org.tirek.platform.time;

import org.jspecify.annotations.NullMarked;
