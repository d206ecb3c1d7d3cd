/** Internal to the evidence module. */
@NullMarked
package org.tirek.evidence.internal;

import org.jspecify.annotations.NullMarked;
