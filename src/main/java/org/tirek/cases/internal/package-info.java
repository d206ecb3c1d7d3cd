/** Internal to the cases module: repositories (explicit SQL), the service, the team access rule. */
@NullMarked
package org.tirek.cases.internal;

import org.jspecify.annotations.NullMarked;
