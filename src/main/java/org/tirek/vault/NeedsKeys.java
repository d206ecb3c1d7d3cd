package org.tirek.vault;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler (or every handler of a controller) that reads or writes sensitive data and so
 * needs the vault's keys. While the vault is sealed such a handler answers 503 with a problem detail
 * (or the sealed page) before it runs, whatever its arguments: a sealed server says "sealed", never
 * "not found". The check runs after the handler's authorization rule, so a caller without the right
 * role still gets 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NeedsKeys {}
