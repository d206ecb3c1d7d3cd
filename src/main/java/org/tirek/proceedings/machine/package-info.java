/** The state machines of the proceeding types, as data, and their replay: pure Java, no Spring. */
@NullMarked
package org.tirek.proceedings.machine;

import org.jspecify.annotations.NullMarked;
