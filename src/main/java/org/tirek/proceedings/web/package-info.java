/** The proceedings pages and API. */
@NullMarked
package org.tirek.proceedings.web;

import org.jspecify.annotations.NullMarked;
