package org.kaocheng.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Readiness for load balancers: 200 when the database answers within two seconds, 503
 * otherwise. Liveness is any answer at all.
 */
@Path("health")
@RequestScoped
public class ReadinessResource {

    @Resource(lookup = "java:jboss/datasources/KaochengDS")
    DataSource dataSource;

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            String body = Json.createObjectBuilder()
                    .add("status", valid ? "UP" : "DOWN")
                    .add("database", c.getMetaData().getDatabaseProductName())
                    .build()
                    .toString();
            return Response.status(valid ? 200 : 503).entity(body).build();
        } catch (SQLException e) {
            String body = Json.createObjectBuilder()
                    .add("status", "DOWN")
                    .add("error", e.getMessage())
                    .build()
                    .toString();
            return Response.status(503).entity(body).build();
        }
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public String live() {
        return "{\"status\":\"UP\"}";
    }
}
