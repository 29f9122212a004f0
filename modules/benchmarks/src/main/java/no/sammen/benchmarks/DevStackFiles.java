package no.sammen.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * What the programs read from the repository and from the running development stack: the development
 * configuration ({@code config/dev.properties}), the personas ({@code personas.json} of the dev stack), and the
 * files the stack writes to {@code .sammen-dev/} for {@code deployment/dev/token} while it runs.
 */
final class DevStackFiles {

    static final String DEFAULT_JDBC_URL = "jdbc:postgresql://localhost:54329/sammen";
    static final String DEFAULT_DB_USER = "sammen";
    static final String DEFAULT_DB_PASSWORD = "sammen";
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private static final String PERSONAS = "deployment/dev/src/main/resources/no/sammen/devstack/personas.json";

    private final Path root;

    private DevStackFiles(Path root) {
        this.root = root;
    }

    /** The repository around the working directory (Maven runs the programs in the module or at the root). */
    static DevStackFiles find() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config/dev.properties")) && Files.isRegularFile(p.resolve(PERSONAS))) {
                return new DevStackFiles(p);
            }
        }
        throw new IllegalStateException("Not inside the Sammen repository (no config/dev.properties above " + dir + ")");
    }

    Path root() {
        return root;
    }

    /** A setting of {@code config/dev.properties}. */
    String devSetting(String name) {
        String value = load(root.resolve("config/dev.properties")).getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set in config/dev.properties");
        }
        return value.trim();
    }

    /** The synthetic national identity number of a persona. */
    String nationalIdOf(String username) {
        try (Reader in = Files.newBufferedReader(root.resolve(PERSONAS), StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(in)) {
            for (JsonObject p : json.readObject().getJsonArray("personas").getValuesAs(JsonObject.class)) {
                if (p.getString("username").equals(username)) {
                    return p.getString("nationalId");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No persona '" + username + "' in " + PERSONAS);
    }

    /** The address of the persona's issuer at the running development ID provider. */
    String issuerOf(String username) {
        Path file = root.resolve(".sammen-dev/issuers.properties");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The development stack is not running (no " + root.relativize(file)
                    + "). Start it with: mvn -Prun");
        }
        Properties issuers = load(file);
        String issuerId = issuers.getProperty("persona." + username);
        if (issuerId == null || issuers.getProperty(issuerId) == null) {
            throw new IllegalStateException("No issuer for persona '" + username + "' in " + root.relativize(file));
        }
        return issuers.getProperty(issuerId);
    }

    /** The claims the development ID provider puts into the persona's tokens (the token script posts them). */
    String claimsOf(String username) {
        Path file = root.resolve(".sammen-dev/personas/" + username + ".json");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("No claims for persona '" + username + "' (" + root.relativize(file)
                    + "); is the development stack running?", e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
