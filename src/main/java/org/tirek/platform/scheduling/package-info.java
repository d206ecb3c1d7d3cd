/** Scheduled jobs across instances: ShedLock on the database, so a job runs on one instance at a time. */
@NullMarked
package org.tirek.platform.scheduling;

import org.jspecify.annotations.NullMarked;
