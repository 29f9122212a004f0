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

import no.sammen.identity.NationalId;
import no.sammen.identity.RoleHolder;
import no.sammen.identity.Roles;
import no.sammen.platform.Ids;
import no.sammen.platform.SammenException;

/**
 * The administrators' role list: who holds which assigned role, a form to grant roles by national identity number
 * (registering someone who has never signed in), and per holder the roles to keep. Every save sets the person's
 * roles whole through the identity module's façade, which checks, audits and applies it from the person's next
 * request. The national identity number typed in is never shown again, not even after a mistake.
 */
@Named("adminRolesPage")
@RequestScoped
public class AdminRolesPage {

    /** The form key of the grant form as a whole. */
    private static final String GRANT = "grant";

    @Inject
    Roles roles;

    private List<RoleHolder> holders;
    private final FormErrors errors = new FormErrors();

    public List<RoleHolder> getHolders() {
        if (holders == null) {
            String role = getRole();
            holders = roles.holders(role.isEmpty() || !getAssignable().contains(role) ? null : role);
        }
        return holders;
    }

    /** The role the list is narrowed to ({@code ?role=}), or empty for everyone with a role. */
    public String getRole() {
        String role = form().get("role");
        return role == null ? "" : role;
    }

    public List<String> getAssignable() {
        return roles.assignable();
    }

    /** The name typed into the grant form, kept after a mistake. */
    public String getName() {
        String name = form().get("name");
        return name == null ? "" : name;
    }

    public Map<String, String> getErrors() {
        return errors.asMap();
    }

    /** Grants the ticked roles to the person with the national identity number typed in. */
    public void grant() {
        Map<String, String> form = form();
        try {
            roles.grant(NationalId.parse(form.get("nationalId"), "nationalId"), form.get("name"), ticked(form, ""));
        } catch (SammenException failure) {
            errors.add(failure, GRANT + ":", GRANT);
            return;
        }
        reload("holders");
    }

    /** Sets a listed person's roles to the ones ticked in their row (none: every assigned role taken away). */
    public void save() {
        Map<String, String> form = form();
        String person = form.get("person");
        try {
            roles.assign(Ids.parse(person, "personId"), ticked(form, person + "-"));
        } catch (SammenException failure) {
            errors.add(failure, person + ":", person);
            return;
        }
        reload("holder-" + person);
    }

    private List<String> ticked(Map<String, String> form, String prefix) {
        return getAssignable().stream().filter(role -> form.containsKey("role-" + prefix + role)).toList();
    }

    private static Map<String, String> form() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    private static void reload(String anchor) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/app/admin-roles.xhtml#" + anchor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
