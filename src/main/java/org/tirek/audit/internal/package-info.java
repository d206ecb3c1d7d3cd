/** Internal to the audit module: storage, chaining, checkpoints and verification. */
@NullMarked
package org.tirek.audit.internal;

import org.jspecify.annotations.NullMarked;
