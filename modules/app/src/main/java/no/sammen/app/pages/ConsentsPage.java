package no.sammen.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.access.CategoryView;
import no.sammen.access.EmergencyAccess;
import no.sammen.access.Emergencies;
import no.sammen.access.Previews;
import no.sammen.consent.Consent;
import no.sammen.consent.Consents;
import no.sammen.consent.FamilyChoice;
import no.sammen.consent.NewConsent;
import no.sammen.consent.Recipient;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.SammenException;
import no.sammen.records.ChildProfile;
import no.sammen.records.Children;
import no.sammen.records.Relation;
import no.sammen.records.TeamMember;

/**
 * The family's consent page, in plain words: who sees what of the child's record and until when, with one button
 * to revoke; a form to give a new consent; "what does this person see?" for any member of the team; and the
 * emergency accesses of the last weeks. Everything goes through the consent and access façades, which decide who may.
 */
@Named("consentsPage")
@RequestScoped
public class ConsentsPage {

    /** The categories a consent can name, in the order the page lists them. */
    static final List<String> CATEGORIES = Category.DATA.stream().map(Category::apiName).toList();

    @Inject
    Consents consents;

    @Inject
    Children children;

    @Inject
    Previews previews;

    @Inject
    Emergencies emergencies;

    private String child;
    private String preview;
    private List<Consent> all;
    private ChildProfile profile;
    private Relation relation;
    private List<TeamMember> team;
    private List<CategoryView> previewed;
    private List<EmergencyAccess> notices;
    private FamilyChoice choice;
    private final FormErrors errors = new FormErrors();

    public void load() {
        read();
        if (preview != null && !preview.isBlank() && relation.family()) {
            try {
                previewed = previews.asMember(childRef(), Ids.parse(preview, "preview"));
            } catch (SammenException e) {
                errors.add(e, "preview.", "preview");
            }
        }
    }

    private ChildRef childRef() {
        String id = child;
        if (id == null) {
            id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("child");
        }
        return ChildRef.parse(id);
    }

    private void read() {
        ChildRef ref = childRef();
        all = consents.list(ref);
        profile = children.profile(ref);
        relation = children.relation(ref);
        team = children.team(ref).stream().filter(TeamMember::active).toList();
    }

    private void readOnce() {
        if (all == null) {
            read();
        }
    }

    public String getChild() {
        return child == null ? childRef().toString() : child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getPreview() {
        return preview;
    }

    public void setPreview(String preview) {
        this.preview = preview;
    }

    public String getChildName() {
        readOnce();
        return profile.name();
    }

    /** Consents in force or waiting, current first. */
    public List<Consent> getCurrent() {
        readOnce();
        return all.stream().filter(c -> !c.status().equals("revoked")).toList();
    }

    /** Revoked consents: the family's history. */
    public List<Consent> getRevoked() {
        readOnce();
        return all.stream().filter(c -> c.status().equals("revoked")).toList();
    }

    /** Whether the caller may change consents (the page still shows them to everyone who may read them). */
    public boolean isFamily() {
        readOnce();
        return relation.family();
    }

    public List<TeamMember> getTeam() {
        readOnce();
        return team;
    }

    /** The professions on the team, each once. */
    public List<String> getProfessions() {
        readOnce();
        return team.stream().map(TeamMember::profession).distinct().sorted().toList();
    }

    public List<String> getCategories() {
        return CATEGORIES;
    }

    public List<CategoryView> getPreviewed() {
        return previewed;
    }

    public String getPreviewName() {
        readOnce();
        return team.stream().filter(m -> m.personId().toString().equals(preview)).map(TeamMember::name)
                .findFirst().orElse("");
    }

    public List<EmergencyAccess> getEmergencies() {
        if (notices == null) {
            notices = emergencies.notices(childRef());
        }
        return notices;
    }

    public Map<String, String> getErrors() {
        return errors.asMap();
    }

    /** A recipient as the family knows it: a person's name, a profession's name in the page's language. */
    public String recipientLabel(Consent consent) {
        return consent.recipient().kind().equals(Recipient.PROFESSION) ? professionName(consent.recipient().value())
                : consent.recipient().label();
    }

    /** A profession's name in the page's language, or its code when the page has no name for it. */
    public String professionName(String code) {
        return PageTexts.has("profession." + code) ? PageTexts.text("profession." + code) : code;
    }

    /** What the family chose to be shown itself. */
    public FamilyChoice getFamilyChoice() {
        if (choice == null) {
            choice = consents.familyChoice(childRef());
        }
        return choice;
    }

    /** Saves which categories the guardians are shown, from the form's "shown" boxes. */
    public void chooseForFamily() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String[] shown = external.getRequestParameterValuesMap().getOrDefault("shown", new String[0]);
        try {
            Integer version = Integer.valueOf(external.getRequestParameterMap().getOrDefault("choiceVersion", "0"));
            consents.chooseForFamily(childRef(), new FamilyChoice(Arrays.asList(shown), version));
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException("basedOnVersion", "is not a number"), "choice.", "choice");
            read();
            return;
        } catch (SammenException failure) {
            errors.add(failure, "choice.", "choice");
            read();
            return;
        }
        back();
    }

    /** Revokes the consent named by the form, at once. */
    public void revoke() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            UUID consent = Ids.parse(form.get("consent"), "consent");
            consents.revoke(childRef(), consent);
        } catch (SammenException failure) {
            errors.add(failure, "", "revoke");
            read();
            return;
        }
        back();
    }

    /** Gives a consent from the form: recipient "person:<id>" or "profession:<code>", categories, purpose, until. */
    public void grant() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> form = external.getRequestParameterMap();
        String[] chosen = external.getRequestParameterValuesMap().getOrDefault("category", new String[0]);
        try {
            String to = form.get("to");
            LocalDate until;
            try {
                until = to == null || to.isBlank() ? null : LocalDate.parse(to);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("to", "is not a date");
            }
            consents.grant(childRef(), new NewConsent(recipient(form.get("recipient")),
                    new ArrayList<>(new LinkedHashSet<>(Arrays.asList(chosen))), form.get("purpose"), null, until));
        } catch (SammenException failure) {
            errors.add(failure, "new.", "new");
            read();
            return;
        }
        back();
    }

    private static Recipient recipient(String value) {
        if (value == null || !value.contains(":")) {
            throw new InvalidInputException("recipient", "choose who the consent is for");
        }
        String kind = value.substring(0, value.indexOf(':'));
        return new Recipient(kind, value.substring(value.indexOf(':') + 1), null);
    }

    /** Which categories of a consent the page names (for the checkbox state of a failed form). */
    public Set<String> getChosen() {
        String[] chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault("category", new String[0]);
        return Set.of(chosen);
    }

    private void back() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/app/consents.xhtml?child=" + childRef().id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
