/**
 * Internal to the people module: the services, the access rule for identities, repositories
 * (explicit SQL mapping rows straight to the module's records), the sealed-identity format, name
 * normalisation for the blind index, and the clean-up when a case is erased.
 */
@NullMarked
package org.tirek.people.internal;

import org.jspecify.annotations.NullMarked;
