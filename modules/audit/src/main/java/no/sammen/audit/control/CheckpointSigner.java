package no.sammen.audit.control;

import java.text.ParseException;
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

/**
 * Signs checkpoints as compact JWS (ES256) with the EC P-256 key from {@code sammen.audit.signing-key} (a JWK with
 * its private part), and checks them with that key's public part. A checkpoint signed with another key (or none)
 * does not verify.
 */
public final class CheckpointSigner {

    static final JOSEObjectType TYPE = new JOSEObjectType("sammen-audit-checkpoint+jws");

    private final ECKey key;

    private CheckpointSigner(ECKey key) {
        this.key = key;
    }

    /** The signer for a JWK in JSON; refuses anything but a private EC P-256 key with a key id. */
    public static CheckpointSigner of(String jwk) {
        try {
            JWK parsed = JWK.parse(jwk);
            if (!(parsed instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate()
                    || ec.getKeyID() == null) {
                throw new IllegalStateException("sammen.audit.signing-key must be a private EC P-256 JWK with a kid");
            }
            return new CheckpointSigner(ec);
        } catch (ParseException e) {
            throw new IllegalStateException("sammen.audit.signing-key is not a JWK", e);
        }
    }

    public String keyId() {
        return key.getKeyID();
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

    /** The payload of a checkpoint this key signed, or {@code null} when the signature, key or type do not match. */
    public Map<String, Object> verified(String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) || !TYPE.equals(jws.getHeader().getType())
                    || !key.getKeyID().equals(jws.getHeader().getKeyID())
                    || !jws.verify(new ECDSAVerifier(key.toPublicJWK()))) {
                return null;
            }
            return jws.getPayload().toJSONObject();
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }
}
