package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    @DisplayName("Two tasks run at once; a third is refused at once (429, Retry-After), and runs once one ends")
    void twoAtOnce() throws Exception {
        Throttle throttle = new Throttle(2, 30, "member_import.busy");
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> throttle.run(() -> hold(started, release)));
            Future<String> second = pool.submit(() -> throttle.run(() -> hold(started, release)));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> throttle.run(() -> "third"))
                    .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.retryAfterSeconds()).isEqualTo(30);
                        assertThat(e.key()).isEqualTo("member_import.busy");
                    });
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(throttle.run(() -> "third")).isEqualTo("third");
            assertThatThrownBy(() -> throttle.run(() -> {
                throw new IllegalStateException("failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(throttle.run(() -> "after a failure")).as("a failed task gives its permit back")
                    .isEqualTo("after a failure");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String hold(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }
}
