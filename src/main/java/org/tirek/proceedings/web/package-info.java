/**
 * The proceedings pages and API: a case's proceedings tab and each proceeding's page (events,
 * measures, charges, links, blocks, deadlines, alerts), the deadline board, the alerts pages, the
 * calendar pages and the secret iCal feed address, the rule packs, and the JSON API under {@code
 * /api/v1}. Forms work without JavaScript; a refused form comes back with the reason next to the
 * field and what was typed.
 */
@NullMarked
package org.tirek.proceedings.web;

import org.jspecify.annotations.NullMarked;
