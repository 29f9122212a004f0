package no.sammen.audit.control;

import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Signs checkpoints as compact JWS (ES256) with the EC P-256 key from {@code sammen.audit.signing-key} (a JWK with
 * its private part), its key id ({@code kid}) in the header, and checks them with the public key of that kid: the
 * current key's, or one of the previous keys ({@code sammen.audit.previous-keys}, a JWK set of public keys) that
 * signed checkpoints before the key was rotated. A checkpoint signed with any other key (or none) does not verify.
 */
public final class CheckpointSigner {

    static final JOSEObjectType TYPE = new JOSEObjectType("sammen-audit-checkpoint+jws");

    private final ECKey key;
    /** kid -> public key: the current key's and the previous keys'. */
    private final Map<String, ECKey> verifying;

    private CheckpointSigner(ECKey key, Map<String, ECKey> verifying) {
        this.key = key;
        this.verifying = Map.copyOf(verifying);
    }

    /** The signer for a JWK in JSON; refuses anything but a private EC P-256 key with a key id. */
    public static CheckpointSigner of(String jwk) {
        return of(jwk, null);
    }

    /**
     * The signer for the current key, which also verifies what the previous keys signed.
     *
     * @param jwk          the current key: a private EC P-256 JWK with a kid
     * @param previousKeys a JWK set ({@code {"keys": [...]}}) of public EC P-256 keys with distinct kids, or
     *                     {@code null}/blank for none
     */
    public static CheckpointSigner of(String jwk, String previousKeys) {
        ECKey current;
        try {
            JWK parsed = JWK.parse(jwk);
            if (!(parsed instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate()
                    || ec.getKeyID() == null) {
                throw new IllegalStateException("sammen.audit.signing-key must be a private EC P-256 JWK with a kid");
            }
            current = ec;
        } catch (ParseException e) {
            throw new IllegalStateException("sammen.audit.signing-key is not a JWK", e);
        }
        Map<String, ECKey> verifying = new HashMap<>();
        verifying.put(current.getKeyID(), current.toPublicJWK());
        for (ECKey previous : previous(previousKeys)) {
            if (verifying.putIfAbsent(previous.getKeyID(), previous) != null) {
                throw new IllegalStateException("sammen.audit.previous-keys: the kid " + previous.getKeyID()
                        + " is used twice (each key needs its own kid)");
            }
        }
        return new CheckpointSigner(current, verifying);
    }

    private static List<ECKey> previous(String previousKeys) {
        if (previousKeys == null || previousKeys.isBlank()) {
            return List.of();
        }
        JWKSet set;
        try {
            set = JWKSet.parse(previousKeys);
        } catch (ParseException e) {
            throw new IllegalStateException("sammen.audit.previous-keys is not a JWK set ({\"keys\": [...]})", e);
        }
        return set.getKeys().stream().map(k -> {
            if (!(k instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || ec.getKeyID() == null) {
                throw new IllegalStateException("sammen.audit.previous-keys: every key must be EC P-256 with a kid");
            }
            if (ec.isPrivate()) {
                throw new IllegalStateException("sammen.audit.previous-keys: give the public part only (kid "
                        + ec.getKeyID() + "); a retired private key signs nothing any more");
            }
            return ec;
        }).toList();
    }

    /** The kid of the key that signs new checkpoints. */
    public String keyId() {
        return key.getKeyID();
    }

    /** Whether checkpoints of this kid can be verified (the current key or a configured previous one). */
    public boolean knows(String kid) {
        return kid != null && verifying.containsKey(kid);
    }

    /** The kid in a checkpoint's header, or {@code null} when it is not a JWS. */
    public static String keyIdOf(String compact) {
        try {
            return JWSObject.parse(compact).getHeader().getKeyID();
        } catch (ParseException e) {
            return null;
        }
    }

    public String sign(Map<String, Object> payload) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(key.getKeyID())
                    .build(), new Payload(payload));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("checkpoint could not be signed", e);
        }
    }

    /**
     * The payload of a checkpoint signed by the key its kid names (current or previous), or {@code null} when the
     * signature, key or type do not match.
     */
    public Map<String, Object> verified(String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            ECKey signer = jws.getHeader().getKeyID() == null ? null : verifying.get(jws.getHeader().getKeyID());
            if (signer == null || !JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                    || !TYPE.equals(jws.getHeader().getType()) || !jws.verify(new ECDSAVerifier(signer))) {
                return null;
            }
            return jws.getPayload().toJSONObject();
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }
}
