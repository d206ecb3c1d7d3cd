/** The people pages (a case's parties, a person, organisations) and the people, parties and organisations API. */
@NullMarked
package org.tirek.people.web;

import org.jspecify.annotations.NullMarked;
