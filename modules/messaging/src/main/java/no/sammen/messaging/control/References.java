package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.sammen.media.MediaItem;
import no.sammen.media.MediaLibrary;
import no.sammen.messaging.NewMessage;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.SammenException;
import no.sammen.records.CarePlanVersion;
import no.sammen.records.CarePlans;
import no.sammen.records.Report;
import no.sammen.records.Reports;

/**
 * Resolves what a new message refers to through the target's own façade, as its author: the access rule decides
 * whether the author may see the target (and the audit trail records that they looked), and the target's audience
 * is kept with the reference for its readers. Runs outside the post's transaction, so that a target refused or
 * missing leaves that transaction usable: the post then fails as invalid input, nothing written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class References {

    static final int MAX = 10;

    @Inject
    Reports reports;

    @Inject
    CarePlans carePlans;

    @Inject
    MediaLibrary media;

    /** The targets, each checked as the author (public for the transaction boundary; the caller was guarded). */
    public List<StoredMessage.Target> resolve(UUID childId, List<NewMessage.Target> targets) {
        ChildRef child = new ChildRef(childId);
        if (targets == null || targets.isEmpty()) {
            return List.of();
        }
        if (targets.size() > MAX) {
            throw new InvalidInputException("references", "at most " + MAX + " references");
        }
        List<StoredMessage.Target> resolved = new ArrayList<>();
        for (NewMessage.Target target : targets) {
            if (target == null || target.kind() == null || target.id() == null || target.id().isBlank()) {
                throw new InvalidInputException("references", "each reference needs kind and id");
            }
            try {
                resolved.add(resolve(child, target.kind(), target.id().strip()));
            } catch (IllegalArgumentException | SammenException e) {
                throw new InvalidInputException("references", "no " + target.kind()
                        + " with this id that you may see");
            }
        }
        return resolved;
    }

    private StoredMessage.Target resolve(ChildRef child, String kind, String id) {
        return switch (kind) {
            case "report" -> {
                Report report = reports.report(child, UUID.fromString(id));
                yield new StoredMessage.Target(kind, report.id().toString(), report.template().title() + " "
                        + report.occurredOn(), report.audience());
            }
            case "care-plan-version" -> {
                CarePlanVersion version = carePlans.version(child, Integer.parseInt(id));
                yield new StoredMessage.Target(kind, Integer.toString(version.version()), "Care plan, version "
                        + version.version(), version.audience());
            }
            case "media" -> {
                MediaItem item = media.item(child, UUID.fromString(id));
                String label = item.description() != null && !item.description().isBlank() ? item.description()
                        : item.fileName() != null ? item.fileName() : item.kind();
                yield new StoredMessage.Target(kind, item.id().toString(), label.length() > 200
                        ? label.substring(0, 200) : label, item.audience());
            }
            default -> throw new InvalidInputException("references", "kind must be report, care-plan-version or media");
        };
    }
}
