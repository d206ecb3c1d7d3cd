/** Internal to the evidence module. */
@NullMarked
package org.tirek.evidence.web;

import org.jspecify.annotations.NullMarked;
