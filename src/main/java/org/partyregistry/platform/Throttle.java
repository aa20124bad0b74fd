package org.partyregistry.platform;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most a few callers run a heavy task at once; the others are refused at once (429 with
 * {@code Retry-After}) instead of queuing behind them. The count is per node (per JVM), which is what it protects:
 * this node's memory and processors. A cluster of n nodes runs at most n times as many.
 */
public final class Throttle {

    private final Semaphore permits;
    private final int retryAfterSeconds;
    private final String key;

    public Throttle(int permits, int retryAfterSeconds, String key) {
        this.permits = new Semaphore(permits);
        this.retryAfterSeconds = retryAfterSeconds;
        this.key = key;
    }

    public <T> T run(Supplier<T> task) {
        if (!permits.tryAcquire()) {
            throw new TooManyRequestsException(retryAfterSeconds, key);
        }
        try {
            return task.get();
        } finally {
            permits.release();
        }
    }
}
