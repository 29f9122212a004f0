package no.sammen.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogTest {

    private static final UUID KARI = UUID.randomUUID();
    private static final UUID OLA = UUID.randomUUID();

    private static AccessLogEntry at(String instant, UUID who, String name, boolean emergency) {
        return new AccessLogEntry(Instant.parse(instant), who, name, List.of("FT"), null, List.of("daily-reports"),
                "read", emergency ? "emergency" : "membership", false, emergency);
    }

    @Test
    void groupsByDayInTheFamilysZoneThenByPerson() {
        AccessLog log = AccessLog.grouped(List.of(
                at("2026-11-24T09:00:00Z", KARI, "Kari", false),
                at("2026-11-23T23:30:00Z", OLA, "Ola", true),   // 00:30 on the 24th in Oslo
                at("2026-11-23T22:00:00Z", KARI, "Kari", false), // 23:00 on the 23rd in Oslo
                at("2026-11-23T08:00:00Z", KARI, "Kari", false)), ZoneId.of("Europe/Oslo"));
        assertThat(log.days()).extracting(d -> d.date().toString()).containsExactly("2026-11-24", "2026-11-23");
        assertThat(log.days().get(0).people()).extracting(AccessLog.Person::name).containsExactly("Kari", "Ola");
        assertThat(log.days().get(0).people().get(1).emergency()).isTrue();
        assertThat(log.days().get(1).people()).hasSize(1);
        assertThat(log.days().get(1).people().get(0).accesses()).hasSize(2);
    }
}
