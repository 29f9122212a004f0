package no.sammen.audit.control;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointSignerTest {

    private static String key(String kid) throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyID(kid).generate().toJSONString();
    }

    @Test
    void aCheckpointVerifiesWithItsKeyOnly() throws Exception {
        CheckpointSigner signer = CheckpointSigner.of(key("k1"));
        String jws = signer.sign(Map.of("heads", List.of(List.of("system", 3, "ab"))));
        assertThat(signer.verified(jws)).containsKey("heads");
        assertThat(CheckpointSigner.of(key("k1")).verified(jws)).as("another key, same kid").isNull();
        String[] parts = jws.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"heads\":[]}".getBytes()) + "." + parts[2];
        assertThat(signer.verified(forged)).as("payload changed").isNull();
        assertThat(signer.verified("not a jws")).isNull();
    }

    @Test
    void onlyAPrivateP256KeyWithAKeyIdIsAccepted() throws Exception {
        assertThatThrownBy(() -> CheckpointSigner.of(new ECKeyGenerator(Curve.P_256).generate().toJSONString()))
                .hasMessageContaining("kid");
        assertThatThrownBy(() -> CheckpointSigner.of(new ECKeyGenerator(Curve.P_256).keyID("k").generate()
                .toPublicJWK().toJSONString())).hasMessageContaining("private");
        assertThatThrownBy(() -> CheckpointSigner.of(new RSAKeyGenerator(2048).keyID("k").generate().toJSONString()))
                .hasMessageContaining("EC P-256");
        assertThatThrownBy(() -> CheckpointSigner.of("{")).hasMessageContaining("not a JWK");
    }

    @Test
    void afterARotationTheNewKeySignsAndWhatThePreviousKeySignedStillVerifies() throws Exception {
        var a = new ECKeyGenerator(Curve.P_256).keyID("audit-2025").generate();
        var b = new ECKeyGenerator(Curve.P_256).keyID("audit-2026").generate();
        String signedWithA = CheckpointSigner.of(a.toJSONString()).sign(Map.of("entries", 1));

        CheckpointSigner rotated = CheckpointSigner.of(b.toJSONString(),
                "{\"keys\": [" + a.toPublicJWK().toJSONString() + "]}");
        String signedWithB = rotated.sign(Map.of("entries", 2));
        assertThat(CheckpointSigner.keyIdOf(signedWithB)).as("the new kid in the header").isEqualTo("audit-2026");
        assertThat(rotated.verified(signedWithA)).as("signed before the rotation").containsEntry("entries", 1L);
        assertThat(rotated.verified(signedWithB)).containsEntry("entries", 2L);
        assertThat(rotated.knows("audit-2025")).isTrue();

        var unknown = new ECKeyGenerator(Curve.P_256).keyID("audit-forged").generate();
        String signedWithUnknown = CheckpointSigner.of(unknown.toJSONString()).sign(Map.of("entries", 3));
        assertThat(rotated.verified(signedWithUnknown)).isNull();
        assertThat(rotated.knows(CheckpointSigner.keyIdOf(signedWithUnknown))).isFalse();
        var impostor = new ECKeyGenerator(Curve.P_256).keyID("audit-2025").generate();
        assertThat(rotated.verified(CheckpointSigner.of(impostor.toJSONString()).sign(Map.of("entries", 4))))
                .as("a known kid on another key").isNull();
        assertThat(CheckpointSigner.of(b.toJSONString()).verified(signedWithA))
                .as("without the previous key configured").isNull();
    }

    @Test
    void previousKeysArePublicP256KeysWithTheirOwnKids() throws Exception {
        var a = new ECKeyGenerator(Curve.P_256).keyID("a").generate();
        String current = key("b");
        assertThatThrownBy(() -> CheckpointSigner.of(current, "{\"keys\": [" + a.toJSONString() + "]}"))
                .hasMessageContaining("public part only");
        assertThatThrownBy(() -> CheckpointSigner.of(current, "{\"keys\": [" + a.toPublicJWK().toJSONString() + ", "
                + a.toPublicJWK().toJSONString() + "]}")).hasMessageContaining("used twice");
        assertThatThrownBy(() -> CheckpointSigner.of(key("a"), "{\"keys\": [" + a.toPublicJWK().toJSONString() + "]}"))
                .as("the current kid again").hasMessageContaining("used twice");
        assertThatThrownBy(() -> CheckpointSigner.of(current, "[1]")).hasMessageContaining("JWK set");
        assertThatThrownBy(() -> CheckpointSigner.of(current, "{\"keys\": [" + new RSAKeyGenerator(2048).keyID("r")
                .generate().toPublicJWK().toJSONString() + "]}")).hasMessageContaining("EC P-256");
        assertThat(CheckpointSigner.of(current, " ").knows("b")).isTrue();
    }
}
