/**
 * The administration command line inside the jar ({@code java -jar tirek.jar <command>}): parses
 * the arguments without starting anything, then boots Spring without a web server only for a
 * command that needs it. Exit codes: 0 success, 1 a check or operation failed, 2 bad usage.
 */
@NullMarked
package org.tirek.cli;

import org.jspecify.annotations.NullMarked;
