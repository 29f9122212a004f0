package no.sammen.app.pages;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.Caller;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.NotFoundException;
import no.sammen.records.CarePlanVersion;
import no.sammen.records.CarePlanVersionSummary;
import no.sammen.records.CarePlans;
import no.sammen.records.Children;
import no.sammen.records.Relation;

/**
 * The advance care plan as it reads now (or an earlier version), who signed it off and when, and every version. The
 * care team gets the edit button, a physician on the team the sign-off button; the family reads the versions shared
 * with them and sees neither. The façade refuses a write from anyone else whatever the page shows.
 */
@Named("carePlanPage")
@RequestScoped
public class CarePlanPage {

    /** The HPR profession code of a physician: only physicians sign off the plan. */
    static final String PHYSICIAN = "LE";

    @Inject
    Children children;

    @Inject
    CarePlans carePlans;

    @Inject
    Caller caller;

    private boolean loaded;
    private ChildRef child;
    private String childName;
    private Relation relation;
    private CarePlanVersion shown;
    private List<CarePlanVersionSummary> versions = List.of();
    private int signVersion;

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        child = ChildRef.parse(RequestParameters.get("child"));
        relation = children.relation(child);
        childName = children.profile(child).name();
        Integer number = RequestParameters.number("version", "version");
        if (number == null) {
            try {
                shown = carePlans.current(child);
            } catch (NotFoundException e) {
                shown = null; // related to the child, but there is no plan (for this person) yet
            }
        } else {
            shown = carePlans.version(child, number);
        }
        if (shown != null) {
            versions = carePlans.versions(child);
            signVersion = shown.version();
        }
    }

    public void load() {
        ensureLoaded();
    }

    /** A physician's sign-off of the version shown, which must still be the current one. */
    public String signOff() {
        ensureLoaded();
        try {
            carePlans.signOff(child, signVersion);
        } catch (ConflictException e) {
            Texts.error(null, Texts.get("carePlan.signConflict"));
            return null;
        }
        Texts.confirmAfterRedirect("carePlan.signed", signVersion);
        return "/app/care-plan.xhtml?faces-redirect=true&child=" + child;
    }

    public String getChildId() {
        ensureLoaded();
        return child.toString();
    }

    public String getChildName() {
        ensureLoaded();
        return childName;
    }

    public CarePlanVersion getShown() {
        ensureLoaded();
        return shown;
    }

    public List<CarePlanVersionSummary> getVersions() {
        ensureLoaded();
        return versions;
    }

    /** Only the care team changes the plan. */
    public boolean isMayEdit() {
        ensureLoaded();
        return relation.onTeam();
    }

    /** A physician on the team, for the current version when nobody has signed it off yet. */
    public boolean isMaySignOff() {
        ensureLoaded();
        return relation.onTeam() && caller.professions().contains(PHYSICIAN) && shown != null && shown.current()
                && !shown.signed();
    }

    public int getSignVersion() {
        ensureLoaded();
        return signVersion;
    }

    public void setSignVersion(int signVersion) {
        ensureLoaded();
        this.signVersion = signVersion;
    }
}
