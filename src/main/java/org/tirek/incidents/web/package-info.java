/** The incident pages (with the guided classifier, which works without JavaScript) and the incidents API. */
@NullMarked
package org.tirek.incidents.web;

import org.jspecify.annotations.NullMarked;
