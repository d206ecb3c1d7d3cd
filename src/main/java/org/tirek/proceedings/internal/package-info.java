/** Internal to the proceedings module: repositories, event rules, blocks, the service. */
@NullMarked
package org.tirek.proceedings.internal;

import org.jspecify.annotations.NullMarked;
