package org.partyregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    final AtomicLong now = new AtomicLong(1_000);
    final VerifiedCredentials cache = new VerifiedCredentials(now::get);

    @Test
    @DisplayName("S4 a verified username and password are remembered for a minute, then forgotten")
    void expires() {
        cache.remember("wang.li", "Secret2026pw", "HASH");
        assertThat(cache.find("wang.li", "Secret2026pw")).get().extracting(VerifiedCredentials.Verified::hash)
                .isEqualTo("HASH");
        now.addAndGet(59_999_999_999L);
        assertThat(cache.find("wang.li", "Secret2026pw")).isPresent();
        now.addAndGet(1);
        assertThat(cache.find("wang.li", "Secret2026pw")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    @DisplayName("S4 in an entry's last 15 seconds exactly one request takes on verifying again; the others still hit")
    void refreshedAheadByOne() {
        cache.remember("wang.li", "Secret2026pw", "HASH");
        VerifiedCredentials.Verified fresh = cache.find("wang.li", "Secret2026pw").orElseThrow();
        now.addAndGet(44_999_999_999L);
        assertThat(cache.claimRefresh("wang.li", "Secret2026pw", fresh)).as("not yet due").isFalse();
        now.addAndGet(1);
        VerifiedCredentials.Verified due = cache.find("wang.li", "Secret2026pw").orElseThrow();
        assertThat(cache.claimRefresh("wang.li", "Secret2026pw", due)).isTrue();
        VerifiedCredentials.Verified claimed = cache.find("wang.li", "Secret2026pw").orElseThrow();
        assertThat(claimed.hash()).as("the others keep using it").isEqualTo("HASH");
        assertThat(cache.claimRefresh("wang.li", "Secret2026pw", claimed)).isFalse();
        assertThat(cache.claimRefresh("wang.li", "Secret2026pw", due)).as("a stale copy claims nothing").isFalse();
        cache.remember("wang.li", "Secret2026pw", "HASH");
        assertThat(cache.find("wang.li", "Secret2026pw")).get().extracting(VerifiedCredentials.Verified::refreshing)
                .as("verified again: a new minute").isEqualTo(false);
        now.addAndGet(59_999_999_999L);
        assertThat(cache.find("wang.li", "Secret2026pw")).isPresent();
    }

    @Test
    @DisplayName("S4 another password, or the same characters split differently between user and password, is no hit")
    void keyedByBoth() {
        cache.remember("wang.li", "Secret2026pw", "HASH");
        assertThat(cache.find("wang.li", "Secret2026pX")).isEmpty();
        assertThat(cache.find("wang.l", "iSecret2026pw")).isEmpty();
        assertThat(cache.find("li.wang", "Secret2026pw")).isEmpty();
        cache.forget("wang.li", "Secret2026pw");
        assertThat(cache.find("wang.li", "Secret2026pw")).isEmpty();
    }

    @Test
    @DisplayName("S4 requests arriving together after expiry run one verification; the others find its result")
    void oneVerificationAtATime() throws Exception {
        AtomicInteger verifications = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return cache.oneAtATime("wang.li", "Secret2026pw", () -> {
                    if (cache.find("wang.li", "Secret2026pw").isPresent()) {
                        return "remembered";
                    }
                    verifications.incrementAndGet();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    cache.remember("wang.li", "Secret2026pw", "HASH");
                    return "verified";
                });
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (var answer : answers) {
            results.add(answer.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(verifications).hasValue(1);
        assertThat(results).containsOnlyOnce("verified").contains("remembered");
    }

    @Test
    @DisplayName("S4 the cache never grows past its limit")
    void bounded() {
        for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
            cache.remember("user" + i, "pw", "HASH");
        }
        assertThat(cache.size()).isLessThanOrEqualTo(VerifiedCredentials.MAX_ENTRIES);
    }
}
