package no.sammen.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The fixed cast of development personas, read from {@code personas.json} next to this class. */
public final class Personas {

    private static final String RESOURCE = "personas.json";

    private final Map<String, Persona> byUsername;

    private Personas(Map<String, Persona> byUsername) {
        this.byUsername = Collections.unmodifiableMap(byUsername);
    }

    /** Reads the personas from this module's resources. */
    public static Personas load() {
        try (InputStream in = Personas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + Personas.class);
            }
            try (JsonReader reader = Json.createReader(in)) {
                Map<String, Persona> personas = new LinkedHashMap<>();
                for (JsonObject p : reader.readObject().getJsonArray("personas").getValuesAs(JsonObject.class)) {
                    Persona persona = new Persona(
                            p.getString("username"),
                            p.getString("displayName"),
                            p.getString("issuer"),
                            p.getString("nationalId"),
                            LocalDate.parse(p.getString("birthDate")),
                            p.getString("hprNumber", null),
                            p.getString("professionCode", null),
                            p.getString("role", null),
                            p.getString("who", ""));
                    if (personas.put(persona.username(), persona) != null) {
                        throw new IllegalStateException("Duplicate persona " + persona.username());
                    }
                }
                return new Personas(personas);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All personas, health personnel first, in the file's order. */
    public List<Persona> all() {
        return List.copyOf(byUsername.values());
    }

    /** The personas who log in through the given issuer ({@code idporten} or {@code helseid}). */
    public List<Persona> forIssuer(String issuerId) {
        List<Persona> result = new ArrayList<>();
        for (Persona p : byUsername.values()) {
            if (p.issuerId().equals(issuerId)) {
                result.add(p);
            }
        }
        return result;
    }

    /** The persona with this username, if any. */
    public Optional<Persona> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /**
     * The persona with this username.
     *
     * @throws NoSuchElementException if there is none
     */
    public Persona get(String username) {
        return find(username).orElseThrow(() -> new NoSuchElementException(
                "No persona '" + username + "'; known: " + String.join(", ", byUsername.keySet())));
    }
}
