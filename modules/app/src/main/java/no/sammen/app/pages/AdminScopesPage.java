package no.sammen.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.access.CategoryScope;
import no.sammen.access.Scope;
import no.sammen.access.ScopeChange;
import no.sammen.access.Scopes;
import no.sammen.platform.SammenException;

/**
 * The administrators' scope editor: per profession and category, the fields read and written, as comma-separated
 * keys ({@code *} for all). Saving sends the profession's whole scope with the version it was read at; the façade
 * checks it, keeps the old version, and the change holds from everyone's next request.
 */
@Named("adminScopesPage")
@RequestScoped
public class AdminScopesPage {

    @Inject
    Scopes scopes;

    private List<Scope> all;
    private final FormErrors errors = new FormErrors();

    /** One row of the editor. */
    public record Row(String category, String read, String write) {
    }

    public List<Scope> getScopes() {
        if (all == null) {
            all = scopes.all();
        }
        return all;
    }

    /** The rows of a profession: every category a scope can name, filled from the scope. */
    public List<Row> rows(Scope scope) {
        return ConsentsPage.CATEGORIES.stream().map(c -> {
            CategoryScope s = scope.categories().get(c);
            return new Row(c, s == null ? "" : String.join(", ", s.read()),
                    s == null ? "" : String.join(", ", s.write()));
        }).toList();
    }

    public Map<String, String> getErrors() {
        return errors.asMap();
    }

    public void save() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> form = external.getRequestParameterMap();
        String profession = form.get("profession");
        try {
            Map<String, CategoryScope> categories = new LinkedHashMap<>();
            for (String category : ConsentsPage.CATEGORIES) {
                List<String> read = fields(form.get("read-" + category));
                List<String> write = fields(form.get("write-" + category));
                if (!read.isEmpty() || !write.isEmpty()) {
                    categories.put(category, new CategoryScope(read, write));
                }
            }
            Integer version = Integer.valueOf(form.getOrDefault("version", "-1"));
            scopes.change(profession, new ScopeChange(version, categories));
        } catch (NumberFormatException e) {
            errors.add(new no.sammen.platform.InvalidInputException("version", "is not a number"), "", profession);
            return;
        } catch (SammenException failure) {
            errors.add(failure, profession + ":", profession);
            return;
        }
        try {
            external.redirect(external.getRequestContextPath() + "/app/admin-scopes.xhtml#scope-" + profession);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static List<String> fields(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
