/** The case pages and the cases API. */
@NullMarked
package org.tirek.cases.web;

import org.jspecify.annotations.NullMarked;
