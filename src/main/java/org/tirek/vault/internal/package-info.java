/** Internal to the vault module. */
@NullMarked
package org.tirek.vault.internal;

import org.jspecify.annotations.NullMarked;
