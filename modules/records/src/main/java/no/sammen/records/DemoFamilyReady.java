package no.sammen.records;

import java.util.List;
import java.util.UUID;

/**
 * Fired (development and tests only, {@code sammen.demo.enabled=true}) once the demo family's record exists, new or
 * from an earlier start, so that other modules can add their part of the demo (the family's consents, for example)
 * without reading the records schema.
 *
 * @param childId     the demo child's record
 * @param guardianIds the demo guardians' person ids
 */
public record DemoFamilyReady(UUID childId, List<UUID> guardianIds) {

    public DemoFamilyReady {
        guardianIds = List.copyOf(guardianIds);
    }
}
