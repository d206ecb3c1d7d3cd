/** Internal to the incidents module: the repository (explicit SQL), the service, its rules, the timeline source. */
@NullMarked
package org.tirek.incidents.internal;

import org.jspecify.annotations.NullMarked;
