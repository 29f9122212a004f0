package no.sammen.app.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.CarePlanChange;
import no.sammen.records.CarePlanSections;
import no.sammen.records.CarePlanVersion;
import no.sammen.records.CarePlans;
import no.sammen.records.Children;

/**
 * Writing the next version of the care plan (the care team only). The form carries the version it was started from;
 * if someone else saves a version meanwhile, the façade refuses the save as a conflict and the page keeps everything
 * this person wrote, shows the newer version above it, and lets them review and save again on top of it.
 *
 * <p>View-scoped, since rows of symptom plans and people to call are added between posts; it holds only the text of
 * the form (no façade results), so that it serialises.
 */
@Named("carePlanEdit")
@ViewScoped
public class CarePlanEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "edit";
    private static final Pattern ROW = Pattern.compile("sections\\.(symptomPlans|whoToCall)\\[(\\d+)]\\.(\\w+)");

    @Inject
    Children children;

    @Inject
    CarePlans carePlans;

    private String child;
    private String childName;
    private Integer basedOnVersion;
    private String goals;
    private String decision;
    private String resuscitationText;
    private String placeOfCare;
    private String placeOfDeath;
    private List<SymptomRow> symptoms = new ArrayList<>();
    private List<CallRow> calls = new ArrayList<>();
    private String note;
    private boolean shareWithFamily = true;
    private Integer newerVersion;
    private Integer startedFrom;
    private transient CarePlanVersion newer;
    private transient List<CarePlanDiffPage.Section> newerChanges;

    /** The page's view action (first request only): the team gets the form, filled from the current version. */
    public void load() {
        ChildRef ref = ChildRef.parse(child);
        if (!children.relation(ref).onTeam()) {
            throw new AccessDeniedException("Only the care team changes the care plan.");
        }
        childName = children.profile(ref).name();
        try {
            fill(carePlans.current(ref));
        } catch (NotFoundException e) {
            basedOnVersion = null; // the first version
        }
        symptoms.add(new SymptomRow());
        calls.add(new CallRow());
    }

    private void fill(CarePlanVersion current) {
        basedOnVersion = current.version();
        CarePlanSections s = current.sections();
        goals = s.goalsOfCare();
        if (s.resuscitation() != null) {
            decision = s.resuscitation().decision();
            resuscitationText = s.resuscitation().text();
        }
        placeOfCare = s.preferredPlaceOfCare();
        placeOfDeath = s.preferredPlaceOfDeath();
        s.symptomPlans().forEach(p -> symptoms.add(new SymptomRow(p.symptom(), p.plan())));
        s.whoToCall().forEach(c -> calls.add(new CallRow(c.when(), c.name(), c.role(), c.phone())));
        shareWithFamily = Audience.TEAM_AND_FAMILY.apiName().equals(current.audience());
    }

    public void addSymptom() {
        symptoms.add(new SymptomRow());
    }

    public void addCall() {
        calls.add(new CallRow());
    }

    /** Saves the next version; on a conflict everything written here stays, based now on the newer version. */
    public String save() {
        ChildRef ref = ChildRef.parse(child);
        List<CarePlanSections.SymptomPlan> plans = new ArrayList<>();
        List<Integer> planRows = new ArrayList<>();
        for (int i = 0; i < symptoms.size(); i++) {
            SymptomRow row = symptoms.get(i);
            if (!row.blank()) {
                plans.add(new CarePlanSections.SymptomPlan(trim(row.getSymptom()), trim(row.getPlan())));
                planRows.add(i);
            }
        }
        List<CarePlanSections.WhoToCall> people = new ArrayList<>();
        List<Integer> callRows = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            CallRow row = calls.get(i);
            if (!row.blank()) {
                people.add(new CarePlanSections.WhoToCall(trim(row.getWhen()), trim(row.getName()),
                        trim(row.getRole()), trim(row.getPhone())));
                callRows.add(i);
            }
        }
        CarePlanSections.Resuscitation resuscitation = decision == null && trim(resuscitationText) == null ? null
                : new CarePlanSections.Resuscitation(decision, trim(resuscitationText));
        CarePlanSections sections = new CarePlanSections(goals, resuscitation, trim(placeOfCare), trim(placeOfDeath),
                plans, people);
        String audience = shareWithFamily ? Audience.TEAM_AND_FAMILY.apiName() : Audience.TEAM.apiName();
        CarePlanVersion saved;
        try {
            saved = carePlans.revise(ref, new CarePlanChange(basedOnVersion, sections, trim(note), audience));
        } catch (InvalidInputException e) {
            Texts.error(null, Texts.get("carePlan.notSaved"));
            e.errors().forEach(error -> showProblem(error, planRows, callRows));
            return null;
        } catch (ConflictException e) {
            newer = carePlans.current(ref);
            startedFrom = basedOnVersion;
            newerVersion = newer.version();
            newerChanges = null;
            basedOnVersion = newerVersion;
            Texts.error(null, Texts.get("carePlan.conflict"));
            return null;
        }
        Texts.confirmAfterRedirect("carePlan.saved", saved.version());
        return "/app/care-plan.xhtml?faces-redirect=true&child=" + child;
    }

    private static void showProblem(FieldError error, List<Integer> planRows, List<Integer> callRows) {
        String field = error.field();
        String text = "is required".equals(error.message()) ? Texts.get("error.required")
                : error.message().startsWith("must be at most") && error.message().endsWith("characters")
                ? Texts.get("error.tooLong")
                : field.endsWith(".phone") ? Texts.get("error.phone")
                : field.endsWith(".decision") ? Texts.get("error.choice") : error.message();
        String clientId = switch (field) {
            case "sections.goalsOfCare" -> FORM + ":goals";
            case "sections.resuscitation.decision" -> FORM + ":decision";
            case "sections.resuscitation.text" -> FORM + ":resuscitationText";
            case "sections.preferredPlaceOfCare" -> FORM + ":placeOfCare";
            case "sections.preferredPlaceOfDeath" -> FORM + ":placeOfDeath";
            case "note" -> FORM + ":note";
            default -> null;
        };
        Matcher row = ROW.matcher(field);
        if (clientId == null && row.matches()) {
            boolean symptom = row.group(1).equals("symptomPlans");
            int index = Integer.parseInt(row.group(2));
            List<Integer> rows = symptom ? planRows : callRows;
            if (index < rows.size()) {
                clientId = FORM + ":" + (symptom ? "symptoms" : "calls") + ":" + rows.get(index) + ":" + row.group(3);
            }
        }
        Texts.error(clientId, text);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The version someone else saved while this person was writing, shown above the form after a conflict. */
    public CarePlanVersion getNewer() {
        if (newerVersion == null) {
            return null;
        }
        if (newer == null) {
            newer = carePlans.version(ChildRef.parse(child), newerVersion);
        }
        return newer;
    }

    /**
     * What the others changed since this person started writing (from the version their text is based on to the
     * newer one), section by section; only the sections that changed.
     */
    public List<CarePlanDiffPage.Section> getNewerChanges() {
        if (newerVersion == null || startedFrom == null) {
            return List.of();
        }
        if (newerChanges == null) {
            newerChanges = CarePlanDiffPage.sections(carePlans.diff(ChildRef.parse(child), startedFrom, newerVersion))
                    .stream().filter(CarePlanDiffPage.Section::changed).toList();
        }
        return newerChanges;
    }

    public Integer getStartedFrom() {
        return startedFrom;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getChildName() {
        return childName;
    }

    public Integer getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(Integer basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getResuscitationText() {
        return resuscitationText;
    }

    public void setResuscitationText(String resuscitationText) {
        this.resuscitationText = resuscitationText;
    }

    public String getPlaceOfCare() {
        return placeOfCare;
    }

    public void setPlaceOfCare(String placeOfCare) {
        this.placeOfCare = placeOfCare;
    }

    public String getPlaceOfDeath() {
        return placeOfDeath;
    }

    public void setPlaceOfDeath(String placeOfDeath) {
        this.placeOfDeath = placeOfDeath;
    }

    public List<SymptomRow> getSymptoms() {
        return symptoms;
    }

    public List<CallRow> getCalls() {
        return calls;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isShareWithFamily() {
        return shareWithFamily;
    }

    public void setShareWithFamily(boolean shareWithFamily) {
        this.shareWithFamily = shareWithFamily;
    }

    /** The decisions a plan may record, for the radio buttons. */
    public List<String> getDecisions() {
        return List.of("full-resuscitation", "no-cpr", "no-intubation", "comfort-only");
    }

    /** One symptom and what to do about it; a row left blank is not part of the plan. */
    public static class SymptomRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String symptom;
        private String plan;

        public SymptomRow() {
        }

        SymptomRow(String symptom, String plan) {
            this.symptom = symptom;
            this.plan = plan;
        }

        boolean blank() {
            return trim(symptom) == null && trim(plan) == null;
        }

        public String getSymptom() {
            return symptom;
        }

        public void setSymptom(String symptom) {
            this.symptom = symptom;
        }

        public String getPlan() {
            return plan;
        }

        public void setPlan(String plan) {
            this.plan = plan;
        }
    }

    /** Whom to call, and when; a row left blank is not part of the plan. */
    public static class CallRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String when;
        private String name;
        private String role;
        private String phone;

        public CallRow() {
        }

        CallRow(String when, String name, String role, String phone) {
            this.when = when;
            this.name = name;
            this.role = role;
            this.phone = phone;
        }

        boolean blank() {
            return trim(when) == null && trim(name) == null && trim(role) == null && trim(phone) == null;
        }

        public String getWhen() {
            return when;
        }

        public void setWhen(String when) {
            this.when = when;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
