package org.tirek.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The public side's rate limits, held in this instance's memory only and never keyed by anything
 * that identifies a client (no address): token buckets for submissions and follow-up messages
 * (globally), for failed receipt look-ups (globally, and per receipt tag so that guesses aimed at one
 * report stop sooner), and a separate bucket for submissions that carry a valid proof of work, so
 * that a flood of cheap submissions does not lock out clients that did the work.
 */
@Component
class Throttles {

    private final Clock clock;
    private final Bucket submissions;
    private final Bucket workedSubmissions;
    private final Bucket lookupFailures;
    private final Bucket messages;
    private final int perReceiptFailures;
    private final Duration perReceiptWindow;
    private final Map<Integer, Bucket> perTag = new ConcurrentHashMap<>();

    Throttles(
            Clock clock,
            @Value("${tirek.intake.limits.submissions-per-minute:120}") int submissionsPerMinute,
            @Value("${tirek.intake.limits.lookup-failures-per-minute:30}") int lookupFailuresPerMinute,
            @Value("${tirek.intake.limits.lookup-failures-per-receipt:5}") int perReceiptFailures,
            @Value("${tirek.intake.limits.lookup-failures-window:PT15M}") Duration perReceiptWindow,
            @Value("${tirek.intake.limits.messages-per-minute:120}") int messagesPerMinute) {
        this.clock = clock;
        this.submissions = Bucket.perMinute(submissionsPerMinute, clock);
        this.workedSubmissions = Bucket.perMinute(submissionsPerMinute, clock);
        this.lookupFailures = Bucket.perMinute(lookupFailuresPerMinute, clock);
        this.messages = Bucket.perMinute(messagesPerMinute, clock);
        this.perReceiptFailures = perReceiptFailures;
        this.perReceiptWindow = perReceiptWindow;
    }

    /** Takes a submission from the global budget; one with a valid proof of work has its own. */
    boolean submission(boolean provedWork) {
        return provedWork ? workedSubmissions.take() || submissions.take() : submissions.take();
    }

    boolean message() {
        return messages.take();
    }

    /** Whether a receipt look-up may be tried now: the global and the tag's budget of failures remain. */
    boolean lookupAllowed(int tag) {
        Bucket bucket = perTag.get(tag);
        return lookupFailures.available() && (bucket == null || bucket.available());
    }

    /** Counts a failed look-up against the global budget and the tag's. */
    void lookupFailed(int tag) {
        lookupFailures.take();
        perTag.computeIfAbsent(tag, t -> new Bucket(perReceiptFailures, perReceiptWindow, clock))
                .take();
    }

    /** Drops the per-tag buckets that are full again, so the map stays small. */
    @Scheduled(fixedDelay = 60_000)
    void forgetIdle() {
        perTag.values().removeIf(Bucket::full);
    }

    /** A token bucket: {@code capacity} tokens, refilled evenly over {@code period}. */
    static final class Bucket {
        private final int capacity;
        private final double perMilli;
        private final Clock clock;
        private double tokens;
        private long at;

        Bucket(int capacity, Duration period, Clock clock) {
            this.capacity = Math.max(1, capacity);
            this.perMilli = this.capacity / (double) Math.max(1, period.toMillis());
            this.clock = clock;
            this.tokens = this.capacity;
            this.at = clock.millis();
        }

        static Bucket perMinute(int count, Clock clock) {
            return new Bucket(count, Duration.ofMinutes(1), clock);
        }

        synchronized boolean take() {
            refill();
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }

        synchronized boolean available() {
            refill();
            return tokens >= 1;
        }

        synchronized boolean full() {
            refill();
            return tokens >= capacity;
        }

        private void refill() {
            long now = clock.millis();
            tokens = Math.min(capacity, tokens + (now - at) * perMilli);
            at = now;
        }
    }
}
