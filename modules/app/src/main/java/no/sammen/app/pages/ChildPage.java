package no.sammen.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.access.EmergencyAccess;
import no.sammen.access.Emergencies;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Justification;
import no.sammen.platform.SammenException;
import no.sammen.records.ChildProfile;
import no.sammen.records.Children;
import no.sammen.records.FamilyMember;
import no.sammen.records.Relation;
import no.sammen.records.TeamMember;

/**
 * A child's overview: who the child is, what every visitor must know (as far as the access rule releases it: a list
 * the caller may not see is not shown at all), and who is around the child; for the family and the coordinator the
 * notices of emergency access, for the team the button to break the glass.
 */
@Named("childPage")
@RequestScoped
public class ChildPage {

    @Inject
    Children children;

    @Inject
    Emergencies emergencies;

    /** The one access rule: which parts of the record the page offers links to. */
    @Inject
    no.sammen.platform.AccessPolicy policy;

    @Inject
    no.sammen.platform.Caller caller;

    private String id;
    private ChildProfile profile;
    private List<TeamMember> team;
    private List<FamilyMember> family;
    private Relation relation;
    private List<EmergencyAccess> notices;
    private final FormErrors errors = new FormErrors();

    /** Loads the child named by the {@code id} parameter; an unknown or unrelated child is a 404. */
    public void load() {
        read();
    }

    private void read() {
        ChildRef child = childRef();
        profile = children.profile(child);
        team = children.team(child).stream().filter(TeamMember::active).toList();
        family = children.family(child);
        relation = children.relation(child);
        notices = emergencies.notices(child);
    }

    /** On a postback the page's action runs before anything is loaded: the form's checks need the child read. */
    private void readOnce() {
        if (relation == null) {
            read();
        }
    }

    private ChildRef childRef() {
        String value = id;
        if (value == null) {
            value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        }
        return ChildRef.parse(value);
    }

    /** Breaks the glass with the reason from the form; the page then shows the whole record. */
    public void breakGlass() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> form = external.getRequestParameterMap();
        String reason = form.get("reason");
        try {
            if (reason == null || reason.isBlank()) {
                throw new no.sammen.platform.InvalidInputException("reason", "is required");
            }
            emergencies.breakGlass(childRef(), new Justification(reason));
        } catch (SammenException failure) {
            errors.add(failure, "", "emergency");
            read();
            return;
        }
        try {
            external.redirect(external.getRequestContextPath() + "/app/child.xhtml?id=" + childRef().id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public Map<String, String> getErrors() {
        return errors.asMap();
    }

    /** Emergency accesses of the last weeks: shown to the family and the coordinator. */
    public List<EmergencyAccess> getNotices() {
        readOnce();
        return relation == Relation.COORDINATOR || (relation != null && relation.family()) ? notices : List.of();
    }

    /** The caller's own emergency access in force, if any. */
    public EmergencyAccess getMyEmergency() {
        readOnce();
        return notices == null ? null : notices.stream().filter(EmergencyAccess::active)
                .filter(n -> n.personId().equals(caller.personId())).findFirst().orElse(null);
    }

    /** Whether the caller may read this category (API name): the page links only to what opens. */
    public boolean reads(String category) {
        return policy.released(caller, childRef(), no.sammen.platform.Category.fromApiName(category)).permitted();
    }

    /**
     * Whether the page offers the conversations: to whoever may read the chat category, and always to the child
     * (whose confidential channel to the professionals they choose does not depend on what the family shares).
     */
    public boolean isChats() {
        readOnce();
        return relation == Relation.CHILD || reads(no.sammen.platform.Category.CHAT.apiName());
    }

    public boolean isOnTeam() {
        readOnce();
        return relation != null && relation.onTeam();
    }

    public String getId() {
        return id == null ? childRef().toString() : id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ChildProfile getProfile() {
        readOnce();
        return profile;
    }

    public List<TeamMember> getTeam() {
        readOnce();
        return team;
    }

    public List<FamilyMember> getFamily() {
        readOnce();
        return family;
    }

    /** The care team and the guardians write reports (the child reports observations instead). */
    public boolean isWritesReports() {
        return relation != null && ReportEntryPage.writesReports(relation) && policy.decide(caller, childRef(),
                no.sammen.platform.Category.DAILY_REPORTS, no.sammen.platform.Action.WRITE).permitted();
    }

    public String getRelation() {
        return relation == null ? "" : relation.name().toLowerCase(java.util.Locale.ROOT);
    }
}
