/** Internal to the vault module. */
@NullMarked
package org.tirek.vault.web;

import org.jspecify.annotations.NullMarked;
