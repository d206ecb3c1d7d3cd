/**
 * Demo and synthetic data: with {@code TIREK_DEMO=true} the public case from PRODUCT.md is modelled
 * from public facts only (DOMAIN.md §1), and {@code demo generate} fills a database with clearly
 * marked synthetic cases for trying Tirek out and for benchmarks. Uses other modules only through
 * their public services, as a user would.
 */
@NullMarked
package org.tirek.demo;

import org.jspecify.annotations.NullMarked;
