package no.sammen.access.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import no.sammen.access.CategoryScope;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.Category;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;

/** A scope's stored form (a JSON object per category) and the checks a new scope passes. */
final class ScopeDefinitions {

    static final Pattern FIELD = Pattern.compile("\\*|[a-z][a-z0-9-]{0,59}");
    static final Pattern PROFESSION = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,39}");
    static final int MAX_FIELDS = 200;
    /**
     * Looked up once: {@code Json.createReader} and its kin look the provider up through the {@link
     * java.util.ServiceLoader} on every call, which scanned the application's jars on every request (a quarter of a
     * handover's processor time, docs/benchmarks.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ScopeDefinitions() {
    }

    static Map<String, CategoryScope> parse(String stored) {
        Map<String, CategoryScope> categories = new TreeMap<>();
        try (var reader = JSON.createReader(new StringReader(stored))) {
            JsonObject object = reader.readObject();
            object.forEach((category, value) -> {
                JsonObject scope = value.asJsonObject();
                categories.put(category, new CategoryScope(strings(scope, "read"), strings(scope, "write")));
            });
        }
        return categories;
    }

    private static List<String> strings(JsonObject scope, String key) {
        if (!scope.containsKey(key)) {
            return List.of();
        }
        return scope.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static String format(Map<String, CategoryScope> categories) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        new TreeMap<>(categories).forEach((category, scope) -> object.add(category, JSON.createObjectBuilder()
                .add("read", array(scope.read())).add("write", array(scope.write()))));
        return object.build().toString();
    }

    private static JsonArrayBuilder array(List<String> fields) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        fields.forEach(array::add);
        return array;
    }

    /** A change's categories, checked field by field; errors name {@code categories.<category>.read[i]}. */
    static Map<String, CategoryScope> check(Map<String, CategoryScope> categories) {
        List<FieldError> errors = new ArrayList<>();
        if (categories == null) {
            throw new InvalidInputException("categories", "is required");
        }
        Map<String, CategoryScope> checked = new TreeMap<>();
        categories.forEach((name, scope) -> {
            Category category;
            try {
                category = Category.fromApiName(name);
            } catch (InvalidInputException e) {
                errors.add(new FieldError("categories." + name, "unknown category"));
                return;
            }
            if (!AccessRule.DATA.contains(category)) {
                errors.add(new FieldError("categories." + name, "is not part of a profession's scope"));
                return;
            }
            CategoryScope given = scope == null ? new CategoryScope(List.of(), List.of()) : scope;
            checked.put(category.apiName(), new CategoryScope(fields(given.read(), "categories." + name + ".read",
                    errors), fields(given.write(), "categories." + name + ".write", errors)));
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    private static List<String> fields(List<String> given, String at, List<FieldError> errors) {
        if (given.size() > MAX_FIELDS) {
            errors.add(new FieldError(at, "must name at most " + MAX_FIELDS + " fields"));
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = given.get(i);
            if (field == null || !FIELD.matcher(field).matches()) {
                errors.add(new FieldError(at + "[" + i + "]", "must be a field key such as mood, or *"));
            } else {
                fields.add(field);
            }
        }
        return fields.contains(AccessDecision.ALL) ? List.of(AccessDecision.ALL) : List.copyOf(fields);
    }
}
