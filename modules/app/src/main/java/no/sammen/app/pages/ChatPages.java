package no.sammen.app.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.platform.Caller;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.records.Children;
import no.sammen.records.Relation;
import no.sammen.records.TeamMember;

/**
 * A child's conversations: the list of threads and one thread. The pages are a frame for {@code chat.js}, which
 * reads and writes the threads through the messaging API with the page's session (so the API's access rule, limits
 * and audit apply as they do for any client) and keeps the open thread live over the WebSocket. What the frame
 * needs from the server is only what the browser cannot ask the messaging API for: the child's name, who may be
 * chosen for a new thread, and the signed-in person's id (to offer editing and deleting of their own messages).
 * The choice of members follows the thread kinds (docs/messaging-protocol.md): a team member opens a group thread
 * with members of the team; the adolescent opens a confidential thread with the professionals they choose, never
 * with a guardian.
 */
@Named("chat")
@RequestScoped
public class ChatPages {

    @Inject
    Children children;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    private String child;
    private String thread;
    private String childName;
    private Relation relation;
    private List<Candidate> candidates = List.of();

    /**
     * A person who can be chosen as a member of a new thread.
     *
     * @param personId the person
     * @param name     their name
     * @param role     what they are to the child (profession, or {@code guardian}/{@code child})
     */
    public record Candidate(UUID personId, String name, String role) {
    }

    /** The threads page: the child (404 when the caller has no relation to it) and the people to choose from. */
    public void load() {
        ChildRef ref = ChildRef.parse(child);
        childName = children.profile(ref).name();
        relation = children.relation(ref);
        List<Candidate> found = new ArrayList<>();
        if (relation.onTeam() || relation == Relation.CHILD) {
            for (TeamMember member : children.team(ref)) {
                if (member.active() && !member.personId().equals(caller.personId())) {
                    found.add(new Candidate(member.personId(), member.name(), member.profession()));
                }
            }
        }
        candidates = List.copyOf(found);
    }

    /** The thread page: the child and the thread's id (checked as an id here; the API decides on access). */
    public void loadThread() {
        ChildRef ref = ChildRef.parse(child);
        Ids.parse(thread, "thread");
        childName = children.profile(ref).name();
        relation = children.relation(ref);
    }

    /**
     * The kind of thread the caller may open: a group of team members (the team), a confidential thread (the
     * adolescent); nothing for the guardians, who talk with the team in the team and family threads every child has.
     */
    public String getOpens() {
        if (relation == null) {
            return "";
        }
        return switch (relation) {
            case COORDINATOR, MEMBER -> "group";
            case CHILD -> "confidential";
            case GUARDIAN, NONE -> "";
        };
    }

    /** Whether the caller decides if the guardians take part in the team thread: a guardian or the coordinator. */
    public boolean isDecidesOnFamily() {
        return relation == Relation.GUARDIAN || relation == Relation.COORDINATOR;
    }

    public boolean isAdolescent() {
        return relation == Relation.CHILD;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public String getMe() {
        return caller.personId() == null ? "" : caller.personId().toString();
    }

    public String getZone() {
        return zone;
    }

    public String getLocale() {
        return PageTexts.locale().toLanguageTag();
    }

    public String getRelation() {
        return relation == null ? "" : relation.name().toLowerCase(Locale.ROOT);
    }

    public String getChildName() {
        return childName;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getThread() {
        return thread;
    }

    public void setThread(String thread) {
        this.thread = thread;
    }
}
