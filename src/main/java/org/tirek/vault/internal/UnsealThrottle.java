package org.tirek.vault.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tirek.platform.TooManyRequestsException;
import org.tirek.vault.UnsealAttemptRunningException;

/**
 * Limits unseal attempts for the whole instance, in memory: one at a time, and at most 10 wrong ones
 * per 5 minutes (by default). A guesser cannot try passphrases or shares faster than that, nor make
 * a sealed server run many passphrase derivations at once; no client address is kept.
 */
@Component
class UnsealThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private final Semaphore running = new Semaphore(1);

    UnsealThrottle(
            Clock clock,
            @Value("${tirek.vault.unseal.max-failures:10}") int maxFailures,
            @Value("${tirek.vault.unseal.window:5m}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /**
     * Runs one attempt, if no other is running and wrong attempts are under the limit. The check and
     * the attempt are one step: attempts that arrive together cannot all pass the check first.
     *
     * @throws org.tirek.vault.UnsealAttemptRunningException while another attempt runs
     * @throws TooManyRequestsException when too many attempts failed within the window
     */
    <T> T oneAttempt(Supplier<T> attempt) {
        if (!running.tryAcquire()) throw new UnsealAttemptRunningException();
        try {
            checkAllowed();
            return attempt.get();
        } finally {
            running.release();
        }
    }

    private synchronized void checkAllowed() {
        Instant now = clock.instant();
        while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) failures.removeFirst();
        if (failures.size() >= maxFailures) {
            throw new TooManyRequestsException(
                    "Too many wrong unseal attempts. Wait " + window.toMinutes() + " minutes and try again.");
        }
    }

    /** A successful unseal or a new vault starts the count afresh. */
    synchronized void reset() {
        failures.clear();
    }

    synchronized void failed() {
        failures.addLast(clock.instant());
    }
}
