/** Internal to the identity module. */
@NullMarked
package org.tirek.identity.web;

import org.jspecify.annotations.NullMarked;
