package no.sammen.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import no.sammen.benchmarks.SyntheticPeople.Person;

/**
 * Finds a persona's {@code identity.person} row the way Sammen does: by the keyed hash (HMAC-SHA-256) of the
 * persona's national identity number, with the development key of {@code config/dev.properties}
 * ({@code -Dsammen.national-id.hmac-key} for another).
 */
final class Personas {

    private final DevStackFiles files;
    private final byte[] hmacKey;

    Personas(DevStackFiles files) {
        this.files = files;
        String key = System.getProperty("sammen.national-id.hmac-key", files.devSetting("sammen.national-id.hmac-key"));
        this.hmacKey = Base64.getDecoder().decode(key.trim());
    }

    byte[] hashOf(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            return mac.doFinal(files.nationalIdOf(username).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    Optional<Person> find(Connection db, String username) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select id, display_name from identity.person where national_id_hash = ?")) {
            query.setBytes(1, hashOf(username));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Person(row.getObject(1, UUID.class), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** The persona, or a failure that says how to create them. */
    Person require(Connection db, String username) throws SQLException {
        return find(db, username).orElseThrow(() -> new IllegalStateException("Persona '" + username
                + "' is not in identity.person. Start the development stack once (mvn -Prun): its first start loads "
                + "the demo family, which registers every persona of the care team. Or sign in as " + username
                + " once (deployment/dev/token " + username + "). Then run this again."));
    }
}
