/** The intake module's web layer: the public report pages, staff triage pages and API, the questionnaire editor. */
@NullMarked
package org.tirek.intake.web;

import org.jspecify.annotations.NullMarked;
