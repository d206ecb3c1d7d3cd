/**
 * Evidence files of a case: uploaded as streams and stored encrypted under the case's stream key
 * (constant memory, any size up to the limit), with the SHA-256 of the original, the media type
 * sniffed from the content, a metadata-stripped sharing copy where a library can make one, a chain
 * of custody for every access, and signed bundles that anyone can verify offline. Invariant-heavy:
 * the custody log is append-only and every content access is recorded before content is returned.
 */
@NullMarked
package org.tirek.evidence;

import org.jspecify.annotations.NullMarked;
