package org.kaocheng.disclosure.application;

import static org.kaocheng.disclosure.application.TimelinessQueries.n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.disclosure.domain.ConcernChannel;
import org.kaocheng.disclosure.domain.ConcernResponse;
import org.kaocheng.disclosure.domain.ConcernResponse_;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.Unit_;

/** The register of responses to public concerns and major public-opinion events (回应关切/重大舆情). */
@ApplicationScoped
public class ConcernResponseService extends UnitRegister<ConcernResponse, ConcernResponseService.ConcernForm> {

    public ConcernResponseService() {
        super(ConcernResponse.class, ConcernResponse::getUnit);
    }

    public record ConcernForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,
            LocalDate respondedOn,
            String subject,
            ConcernChannel channel,
            boolean major)
            implements Form {}

    /** Responses of a year, and those of them to major public-opinion events. */
    public record ConcernTotals(long responses, long major) implements java.io.Serializable {

        public long getResponses() {
            return responses;
        }

        public long getMajor() {
            return major;
        }
    }

    /** Filters: {@code unitId}, {@code year}, {@code subject} (contains). */
    public Page<ConcernResponse> page(PageRequest request) {
        RegisterScope scope = RegisterScope.of(user, request);
        Map<String, Function<Root<ConcernResponse>, Expression<?>>> sortable = Map.of(
                "respondedOn", r -> r.get(ConcernResponse_.respondedOn),
                "subject", r -> r.get(ConcernResponse_.subject),
                "channel", r -> r.get(ConcernResponse_.channel));
        CriteriaPager.Filter<ConcernResponse> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            scope.unit(where, cb, root.get(ConcernResponse_.unit).get(Unit_.id));
            scope.day(where, cb, root.get(ConcernResponse_.respondedOn));
            String subject = req.filterText("subject");
            if (subject != null) {
                where.add(CriteriaPager.contains(cb, root.get(ConcernResponse_.subject), subject));
            }
            return where;
        };
        return new CriteriaPager<>(em, ConcernResponse.class, filter, sortable, r -> r.get(ConcernResponse_.id))
                .page(request.sortedByDefault("respondedOn", false)); // the latest first
    }

    @Override
    ConcernResponse newRecord(Unit unit, ConcernForm form) {
        return new ConcernResponse(unit, form.respondedOn(), form.subject(), form.channel(), form.major());
    }

    @Override
    void change(ConcernResponse c, ConcernForm form) {
        c.change(form.respondedOn(), form.subject(), form.channel(), form.major());
    }

    public ConcernTotals totals(Long unitId, int year) {
        RegisterScope scope = RegisterScope.of(user, unitId, year);
        String select = "SELECT COUNT(c), MIN(c.id) FROM ConcernResponse c WHERE c.respondedOn BETWEEN :from AND :to";
        Object[] all = scope.query(em, select, "c.unit.id", "").getSingleResult();
        // the boolean goes in the WHERE clause as a parameter: EclipseLink prints it inline as 1 elsewhere, which H2
        // refuses
        Object[] major = scope.query(em, select + " AND c.major = :major", "c.unit.id", "")
                .setParameter("major", Boolean.TRUE)
                .getSingleResult();
        return new ConcernTotals(n(all[0]), n(major[0]));
    }
}
