package org.kaocheng.disclosure.application;

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
import org.kaocheng.disclosure.domain.PressEvent;
import org.kaocheng.disclosure.domain.PressEventKind;
import org.kaocheng.disclosure.domain.PressEvent_;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.Unit_;

/** The register of press conferences and online interviews (新闻发布会/在线访谈) of each unit. */
@ApplicationScoped
public class PressEventService extends UnitRegister<PressEvent, PressEventService.PressEventForm> {

    public PressEventService() {
        super(PressEvent.class, PressEvent::getUnit);
    }

    public record PressEventForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,
            LocalDate heldOn,
            PressEventKind kind,
            String title,
            String speakers)
            implements Form {}

    /** Conferences and interviews of a year (the seed counts both: "x场（含在线访谈）"). */
    public record PressTotals(long conferences, long interviews) implements java.io.Serializable {

        public long getTotal() {
            return conferences + interviews;
        }

        public long getConferences() {
            return conferences;
        }

        public long getInterviews() {
            return interviews;
        }
    }

    /** Filters: {@code unitId}, {@code year}, {@code title} (contains), {@code kind}. */
    public Page<PressEvent> page(PageRequest request) {
        RegisterScope scope = RegisterScope.of(user, request);
        Map<String, Function<Root<PressEvent>, Expression<?>>> sortable = Map.of(
                "heldOn", r -> r.get(PressEvent_.heldOn),
                "title", r -> r.get(PressEvent_.title),
                "kind", r -> r.get(PressEvent_.kind));
        CriteriaPager.Filter<PressEvent> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            scope.unit(where, cb, root.get(PressEvent_.unit).get(Unit_.id));
            scope.day(where, cb, root.get(PressEvent_.heldOn));
            String title = req.filterText("title");
            if (title != null) {
                where.add(CriteriaPager.contains(cb, root.get(PressEvent_.title), title));
            }
            String kind = req.filterText("kind");
            if (kind != null) {
                where.add(CriteriaPager.equalsConstant(cb, root.get(PressEvent_.kind), PressEventKind.class, kind));
            }
            return where;
        };
        return new CriteriaPager<>(em, PressEvent.class, filter, sortable, r -> r.get(PressEvent_.id))
                .page(request.sortedByDefault("heldOn", false)); // the latest first
    }

    @Override
    PressEvent newRecord(Unit unit, PressEventForm form) {
        return new PressEvent(unit, form.heldOn(), form.kind(), form.title(), form.speakers());
    }

    @Override
    void change(PressEvent e, PressEventForm form) {
        e.change(form.heldOn(), form.kind(), form.title(), form.speakers());
    }

    public PressTotals totals(Long unitId, int year) {
        RegisterScope scope = RegisterScope.of(user, unitId, year);
        long conferences = 0;
        long interviews = 0;
        List<Object[]> rows = scope.query(
                        em,
                        "SELECT e.kind, COUNT(e) FROM PressEvent e WHERE e.heldOn BETWEEN :from AND :to",
                        "e.unit.id",
                        " GROUP BY e.kind")
                .getResultList();
        for (Object[] r : rows) {
            if (r[0] == PressEventKind.ONLINE_INTERVIEW) {
                interviews = ((Number) r[1]).longValue();
            } else {
                conferences = ((Number) r[1]).longValue();
            }
        }
        return new PressTotals(conferences, interviews);
    }
}
