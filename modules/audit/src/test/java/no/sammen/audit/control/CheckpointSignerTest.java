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
}
