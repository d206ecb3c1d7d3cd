/**
 * The ground every module stands on: the database (embedded or external), the data directory, the
 * clock, request ids, error responses as RFC 9457 problem details, languages and the page layout.
 * Its public API is the types in this package; everything in sub-packages is internal.
 */
@NullMarked
package org.tirek.platform;

import org.jspecify.annotations.NullMarked;
