/** Internal to the identity module. */
@NullMarked
package org.tirek.identity.internal;

import org.jspecify.annotations.NullMarked;
