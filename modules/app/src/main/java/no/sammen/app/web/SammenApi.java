package no.sammen.app.web;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Sammen's REST API, under {@code /api}. Every resource method declares who may call it. */
@ApplicationPath("api")
@DeclareRoles({"user", "professional", "guardian", "child", "admin", "coordinator"})
@OpenAPIDefinition(
        info = @Info(title = "Sammen API", version = "0.1",
                description = "The shared record of a child's home-based palliative care team. Authenticate with a "
                        + "bearer access token from the citizen or the health-personnel identity provider."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class SammenApi extends Application {

    /** No WADL: the API is described by OpenAPI, and WADL's resources would bypass the access declarations. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
