package no.sammen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    /** A request that supports attributes only; counts how often an attribute is set. */
    private static final class FakeRequest {
        final Map<String, Object> attributes = new HashMap<>();
        final AtomicInteger sets = new AtomicInteger();

        ServletRequest proxy() {
            return (ServletRequest) Proxy.newProxyInstance(ServletRequest.class.getClassLoader(),
                    new Class<?>[] {ServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> {
                            sets.incrementAndGet();
                            attributes.put((String) args[0], args[1]);
                            yield null;
                        }
                        case "removeAttribute" -> {
                            attributes.remove((String) args[0]);
                            yield null;
                        }
                        case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                        case "hashCode" -> System.identityHashCode(self);
                        case "equals" -> self == args[0];
                        case "toString" -> "FakeRequest";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @AfterEach
    void unbind() {
        RequestIds.unbind();
    }

    @Test
    void assignsAnIdOnceAndKeepsIt() {
        FakeRequest fake = new FakeRequest();
        ServletRequest request = fake.proxy();

        String first = RequestIds.of(request);
        String second = RequestIds.of(request);

        assertThat(first).isNotBlank();
        assertThat(second).isEqualTo(first);
        assertThat(fake.attributes).containsEntry(RequestIds.ATTRIBUTE, first);
        assertThat(fake.sets).hasValue(1);
        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
    }

    @Test
    void differentRequestsGetDifferentIds() {
        assertThat(RequestIds.of(new FakeRequest().proxy())).isNotEqualTo(RequestIds.of(new FakeRequest().proxy()));
    }

    @Test
    void idsAreTimeOrderedSoTheAuditIndexOnThemGrowsAtItsEnd() {
        String earlier = RequestIds.of(new FakeRequest().proxy());
        long millis = System.currentTimeMillis();
        while (System.currentTimeMillis() == millis) {
            Thread.onSpinWait();
        }
        String later = RequestIds.of(new FakeRequest().proxy());

        assertThat(UUID.fromString(earlier).version()).isEqualTo(7);
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void anIdAssignedEarlierIsKept() {
        FakeRequest fake = new FakeRequest();
        fake.attributes.put(RequestIds.ATTRIBUTE, "assigned-by-the-authentication-mechanism");

        assertThat(RequestIds.of(fake.proxy())).isEqualTo("assigned-by-the-authentication-mechanism");
        assertThat(fake.sets).hasValue(0);
    }

    @Test
    void nothingIsBoundOutsideARequest() {
        assertThat(RequestIds.current()).isNull();
    }

    @Test
    void bindCurrentUnbind() {
        RequestIds.bind("req-1");
        assertThat(RequestIds.current()).isEqualTo("req-1");
        RequestIds.bind("req-2");
        assertThat(RequestIds.current()).isEqualTo("req-2");
        RequestIds.unbind();
        assertThat(RequestIds.current()).isNull();
    }

    @Test
    void theBindingBelongsToTheThread() throws InterruptedException {
        RequestIds.bind("main-thread");
        AtomicReference<String> seenElsewhere = new AtomicReference<>("not run");
        AtomicReference<String> boundElsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> {
            seenElsewhere.set(RequestIds.current());
            RequestIds.bind("other-thread");
            boundElsewhere.set(RequestIds.current());
        });
        other.start();
        other.join();

        assertThat(seenElsewhere.get()).isNull();
        assertThat(boundElsewhere.get()).isEqualTo("other-thread");
        assertThat(RequestIds.current()).isEqualTo("main-thread");
    }
}
