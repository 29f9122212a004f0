package no.sammen.identity.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * One identity provider's configuration ({@code sammen.oidc.<name>.*}).
 *
 * @param name             short name used in URLs: {@code citizen}, {@code health}
 * @param kind             {@code citizen} or {@code health}: health personnel carry HPR claims
 * @param issuer           the exact issuer identifier
 * @param clientId         Sammen's client id at the provider
 * @param clientSecret     for {@code client_secret_basic}/{@code client_secret_post}; from the environment
 * @param clientAuth       {@code client_secret_basic}, {@code client_secret_post} or {@code private_key_jwt}
 * @param privateKeyFile   a JWK file with the private key for {@code private_key_jwt}
 * @param par              whether to push the authorization request (PAR, RFC 9126)
 * @param scope            scopes to ask for
 * @param acrValues        {@code acr_values} to send, if any
 * @param levelClaim       the claim that carries the authentication level
 * @param acceptedLevels   the levels that are enough
 * @param nationalIdClaim  the claim with the national identity number
 * @param nameClaim        the claim with the person's name, if the provider sends one
 * @param hprNumberClaim   the claim with the HPR number (health personnel), if any
 * @param hprDetailsClaim  the claim with HPR approvals (professions), if any
 * @param apiAudience      the audience access tokens for Sammen's API must carry
 * @param algorithms       the signature algorithms accepted
 */
public record ProviderSettings(String name, String kind, String issuer, String clientId,
                               Optional<String> clientSecret, String clientAuth, Optional<String> privateKeyFile,
                               boolean par, String scope, Optional<String> acrValues, String levelClaim,
                               Set<String> acceptedLevels, String nationalIdClaim, String nameClaim,
                               Optional<String> hprNumberClaim, Optional<String> hprDetailsClaim,
                               String apiAudience, Set<JWSAlgorithm> algorithms) {

    public ProviderSettings {
        acceptedLevels = Set.copyOf(acceptedLevels);
        algorithms = Set.copyOf(algorithms);
        if (algorithms.stream().anyMatch(a -> JWSAlgorithm.Family.HMAC_SHA.contains(a))) {
            throw new IllegalArgumentException("sammen.oidc." + name + ".algorithms: symmetric algorithms are not accepted");
        }
    }

    /** Whether people from this provider are health personnel. */
    public boolean healthPersonnel() {
        return "health".equals(kind);
    }

    static Set<JWSAlgorithm> parseAlgorithms(List<String> names) {
        return Set.copyOf(names.stream().map(JWSAlgorithm::parse).toList());
    }
}
