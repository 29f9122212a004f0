package no.sammen.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatDeliveryBenchmarkTest {

    @Test
    void aFrameOfThisRunNamesItsMessage() {
        assertThat(ChatDeliveryBenchmark.Deliveries.indexIn(
                "{\"type\":\"message\",\"message\":{\"id\":\"x\",\"body\":\"bench:42 xxxx\"}}")).isEqualTo(42);
    }

    @Test
    void otherFramesAreNotCountedAsDeliveries() {
        assertThat(ChatDeliveryBenchmark.Deliveries.indexIn(
                "{\"type\":\"message\",\"message\":{\"id\":\"x\",\"body\":\"hei\"}}")).isEqualTo(-1);
        assertThat(ChatDeliveryBenchmark.Deliveries.indexIn(
                "{\"type\":\"message\",\"message\":{\"id\":\"x\",\"body\":null,\"deleted\":true}}")).isEqualTo(-1);
        assertThat(ChatDeliveryBenchmark.Deliveries.indexIn("{\"type\":\"receipt\",\"lastReadSeq\":3}")).isEqualTo(-1);
        assertThat(ChatDeliveryBenchmark.Deliveries.indexIn("not json")).isNull();
    }

    @Test
    void aMessageArrivesOnceForEachClient() {
        var deliveries = new ChatDeliveryBenchmark.Deliveries(2, 2);
        String frame = "{\"type\":\"message\",\"message\":{\"body\":\"bench:1 x\"}}";
        deliveries.received(0, frame, 10);
        deliveries.received(0, frame, 20);
        deliveries.received(1, frame, 30);
        assertThat(deliveries.delivered.get()).isEqualTo(2);
        assertThat(deliveries.receivedNanos[0][1]).isEqualTo(10);
    }
}
