/** The auditor's pages and API, the case access log, and the CSV export. */
@NullMarked
package org.tirek.audit.web;

import org.jspecify.annotations.NullMarked;
