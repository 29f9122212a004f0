package no.sammen.messaging.control;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.messaging.LiveTicket;
import no.sammen.platform.Caller;
import no.sammen.platform.CallerKind;

/**
 * Single-use tickets that open one thread's live feed for the person who asked, within 30 seconds, on any instance:
 * an API client holding a bearer token cannot send it with a browser's WebSocket handshake. Only the ticket's hash
 * is stored; redeeming deletes the row, so a ticket works once.
 */
@ApplicationScoped
public class LiveTickets {

    static final Duration VALIDITY = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    /** A new ticket for the current caller and this thread (inside the guarded call that checked the thread). */
    LiveTicket issue(UUID threadId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = Instant.now().plus(VALIDITY);
        Caller caller = callers.get();
        em.createNativeQuery("delete from messaging.live_ticket where expires_at < now() - interval '1 minute'")
                .executeUpdate();
        em.createNativeQuery("insert into messaging.live_ticket (ticket_hash, thread_id, person_id, caller, expires_at)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as timestamptz))")
                .setParameter(1, hash(ticket)).setParameter(2, threadId).setParameter(3, caller.personId())
                .setParameter(4, write(caller)).setParameter(5, expires.toString()).executeUpdate();
        return new LiveTicket(ticket, expires);
    }

    /** The caller the ticket was issued to, if it is valid for this thread; it cannot be used again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Caller redeem(String ticket, UUID threadId) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            return null;
        }
        List<?> found = em.createNativeQuery("delete from messaging.live_ticket where ticket_hash = ?1"
                        + " returning thread_id, caller, expires_at > now()")
                .setParameter(1, hash(ticket)).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) found.get(0);
        return threadId.equals(Rows.id(r[0])) && Boolean.TRUE.equals(r[2]) ? read((String) r[1]) : null;
    }

    static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Caller caller) {
        JsonArrayBuilder professions = Json.createArrayBuilder();
        caller.professions().forEach(professions::add);
        var json = Json.createObjectBuilder().add("personId", caller.personId().toString())
                .add("displayName", caller.displayName() == null ? "" : caller.displayName())
                .add("kind", caller.kind().name()).add("professions", professions)
                .add("administrator", caller.administrator());
        if (caller.hprNumber() != null) {
            json.add("hprNumber", caller.hprNumber());
        }
        if (caller.acr() != null) {
            json.add("acr", caller.acr());
        }
        if (caller.issuer() != null) {
            json.add("issuer", caller.issuer());
        }
        return json.build().toString();
    }

    static Caller read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        List<String> professions = new ArrayList<>();
        json.getJsonArray("professions").forEach(p -> professions.add(((JsonString) p).getString()));
        return new Caller(UUID.fromString(json.getString("personId")), json.getString("displayName"),
                CallerKind.valueOf(json.getString("kind")), professions, json.getString("hprNumber", null),
                json.getString("acr", null), json.getString("issuer", null), json.getBoolean("administrator"));
    }
}
