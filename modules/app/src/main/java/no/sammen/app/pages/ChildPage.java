package no.sammen.app.pages;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.ChildRef;
import no.sammen.records.ChildProfile;
import no.sammen.records.Children;
import no.sammen.records.FamilyMember;
import no.sammen.records.Relation;
import no.sammen.records.TeamMember;

/** A child's overview: who the child is, what every visitor must know, and who is around the child. */
@Named("childPage")
@RequestScoped
public class ChildPage {

    @Inject
    Children children;

    private String id;
    private ChildProfile profile;
    private List<TeamMember> team;
    private List<FamilyMember> family;
    private Relation relation;

    /** Loads the child named by the {@code id} parameter; an unknown or unrelated child is a 404. */
    public void load() {
        ChildRef child = ChildRef.parse(id);
        profile = children.profile(child);
        team = children.team(child).stream().filter(TeamMember::active).toList();
        family = children.family(child);
        relation = children.relation(child);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ChildProfile getProfile() {
        return profile;
    }

    public List<TeamMember> getTeam() {
        return team;
    }

    public List<FamilyMember> getFamily() {
        return family;
    }

    /** The care team and the guardians write reports (the child reports observations instead). */
    public boolean isWritesReports() {
        return relation != null && ReportEntryPage.writesReports(relation);
    }

    public String getRelation() {
        return relation == null ? "" : relation.name().toLowerCase(java.util.Locale.ROOT);
    }
}
