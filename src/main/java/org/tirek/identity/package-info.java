/**
 * Who people are in Tirek and what they may do: user accounts with one role each, Argon2id
 * passwords, sign-in with lock-out, sessions, personal access tokens for the API, and the security
 * rules every request passes. Persistence is explicit SQL in package-private repositories of
 * {@code identity.internal}; the public API is this package.
 */
@NullMarked
package org.tirek.identity;

import org.jspecify.annotations.NullMarked;
