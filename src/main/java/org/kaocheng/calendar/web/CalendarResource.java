package org.kaocheng.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaocheng.calendar.application.CalendarService;

/**
 * Public deadline API (no login):
 * {@code GET /api/calendar/due-date?from=2024-02-05&workingDays=5} answers
 * {@code {"from":"2024-02-05","workingDays":5,"dueDate":"2024-02-18","provisional":false,
 * "skippedHolidays":["2024-02-10",...],"countedMakeUpDays":["2024-02-18"]}}; a bad or missing
 * parameter answers 400 with {@code {"error": "...", "parameter": "..."}}. JSON is written with
 * JSON-P, so the answer does not depend on which JSON-B/Jackson provider RESTEasy picks.
 */
@Path("calendar")
@RequestScoped
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @GET
    @Path("due-date")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response dueDate(@QueryParam("from") String from, @QueryParam("workingDays") String workingDays) {
        DueDateJson.Answer answer = DueDateJson.answer(from, workingDays, calendar::dueDate);
        CacheControl cache = new CacheControl();
        // A schedule may be imported at any time: answers are fresh for a few minutes only.
        cache.setMaxAge(300);
        return Response.status(answer.status())
                .entity(answer.body())
                .cacheControl(cache)
                .build();
    }
}
