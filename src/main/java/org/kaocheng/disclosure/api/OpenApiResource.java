package org.kaocheng.disclosure.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The static OpenAPI description of the disclosure API: {@code GET /api/disclosure/openapi.yaml}. */
@Path("disclosure/openapi.yaml")
@ApplicationScoped
public class OpenApiResource {

    static final String RESOURCE = "/org/kaocheng/disclosure/api/openapi.yaml";

    @GET
    @Produces("application/yaml")
    public Response get() {
        return Response.ok(document(), "application/yaml; charset=UTF-8").build();
    }

    static String document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
