package no.sammen.identity.control;

import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import no.sammen.platform.LogSafe;

/**
 * The configured identity providers ({@code sammen.oidc.providers}), with their metadata and keys fetched lazily
 * from their discovery documents so that Sammen starts even while a provider is unreachable.
 */
@ApplicationScoped
public class OidcProviders {

    private static final Logger LOG = Logger.getLogger(OidcProviders.class.getName());

    /** A provider's settings together with what was discovered about it. */
    public record Provider(ProviderSettings settings, OIDCProviderMetadata metadata, TokenVerifier verifier) {
    }

    @Inject
    Config config;

    private final Map<String, ProviderSettings> settings = new LinkedHashMap<>();
    private final Map<String, Provider> resolved = new ConcurrentHashMap<>();

    @PostConstruct
    void readSettings() {
        for (String name : config.getOptionalValues("sammen.oidc.providers", String.class).orElse(List.of())) {
            settings.put(name, read(name));
        }
    }

    private ProviderSettings read(String name) {
        String p = "sammen.oidc." + name + ".";
        String kind = config.getOptionalValue(p + "kind", String.class).orElse(name.equals("health") ? "health" : "citizen");
        return new ProviderSettings(
                name,
                kind,
                config.getValue(p + "issuer", String.class),
                config.getValue(p + "client-id", String.class),
                config.getOptionalValue(p + "client-secret", String.class),
                config.getOptionalValue(p + "client-auth", String.class).orElse("client_secret_basic"),
                config.getOptionalValue(p + "private-key", String.class),
                config.getOptionalValue(p + "par", Boolean.class).orElse(false),
                config.getOptionalValue(p + "scope", String.class).orElse("openid"),
                config.getOptionalValue(p + "acr-values", String.class),
                config.getOptionalValue(p + "level-claim", String.class).orElse("acr"),
                Set.copyOf(config.getValues(p + "accepted-levels", String.class)),
                config.getOptionalValue(p + "national-id-claim", String.class).orElse("pid"),
                config.getOptionalValue(p + "name-claim", String.class).orElse("name"),
                config.getOptionalValue(p + "hpr-number-claim", String.class),
                config.getOptionalValue(p + "hpr-details-claim", String.class),
                config.getOptionalValue(p + "api-audience", String.class).orElse("sammen-api"),
                ProviderSettings.parseAlgorithms(config.getOptionalValues(p + "algorithms", String.class)
                        .orElse(Arrays.asList("RS256", "PS256", "ES256"))));
    }

    /** The names of the configured providers, in configuration order. */
    public List<String> names() {
        return List.copyOf(settings.keySet());
    }

    /** The settings of a provider, without contacting it. */
    public Optional<ProviderSettings> settings(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** The provider, discovering it on first use. */
    public Optional<Provider> provider(String name) throws AuthenticationFailure {
        ProviderSettings s = settings.get(name);
        if (s == null) {
            return Optional.empty();
        }
        Provider p = resolved.get(name);
        if (p == null) {
            p = discover(s);
            resolved.put(name, p);
        }
        return Optional.of(p);
    }

    /** An access token a provider verified before, with what it said. */
    public record KnownToken(Provider provider, VerifiedIdentity identity) {
    }

    /**
     * The provider and identity of an access token that one of the providers in use verified before and that is
     * still valid, so that it need not even be parsed again; empty otherwise.
     */
    public Optional<KnownToken> verifiedBefore(String accessToken) {
        for (Provider p : resolved.values()) {
            VerifiedIdentity identity = p.verifier().knownAccessToken(accessToken);
            if (identity != null) {
                return Optional.of(new KnownToken(p, identity));
            }
        }
        return Optional.empty();
    }

    /** The provider whose issuer is exactly {@code issuer}. */
    public Optional<Provider> byIssuer(String issuer) throws AuthenticationFailure {
        for (ProviderSettings s : settings.values()) {
            if (s.issuer().equals(issuer)) {
                return provider(s.name());
            }
        }
        return Optional.empty();
    }

    private Provider discover(ProviderSettings s) throws AuthenticationFailure {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(s.issuer()), 5000, 5000);
            URL jwks = metadata.getJWKSetURI().toURL();
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwks)
                    .retrying(true)
                    .build();
            return new Provider(s, metadata, new TokenVerifier(s, keys));
        } catch (GeneralException | java.io.IOException | IllegalArgumentException e) {
            LOG.warning(() -> "identity provider " + s.name() + " could not be discovered at "
                    + LogSafe.value(s.issuer()) + ": " + LogSafe.value(e.getMessage()));
            throw new AuthenticationFailure("provider_unavailable", "discovery failed", e);
        }
    }

    /** Where the provider should send the browser back to after login. */
    public static URI callbackUri(String publicUrl, String providerName) {
        return URI.create(publicUrl.replaceAll("/+$", "") + "/login/callback/" + providerName);
    }
}
