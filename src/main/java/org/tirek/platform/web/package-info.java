/** Internal to the platform module. */
@NullMarked
package org.tirek.platform.web;

import org.jspecify.annotations.NullMarked;
