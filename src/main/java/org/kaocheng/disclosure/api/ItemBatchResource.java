package org.kaocheng.disclosure.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.kaocheng.platform.security.AccessDeniedException;

/**
 * {@code POST /api/disclosure/items}: a CMS pushes up to 1,000 proactive items of its unit.
 * The body is read as bytes and parsed with JSON-P here, so that size limits and bad JSON get
 * their own answers (413, 400) whatever JSON provider the server prefers.
 */
@Path("disclosure/items")
@RequestScoped
public class ItemBatchResource {

    @Inject
    ItemBatchApi api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        try {
            return Response.ok(api.submit(authorization, body).toString(), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (ApiException e) {
            Response.ResponseBuilder r = Response.status(e.getStatus())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(error(e.getCode(), e.getMessage()));
            if (e.getStatus() == 401) {
                r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            return r.build();
        } catch (AccessDeniedException e) {
            return Response.status(403)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(error("forbidden", e.getMessage()))
                    .build();
        }
    }

    private static String error(String code, String message) {
        return Json.createObjectBuilder()
                .add("error", code)
                .add("message", message == null ? "" : message)
                .build()
                .toString();
    }
}
