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
import org.kaocheng.disclosure.domain.PublicityEvent;
import org.kaocheng.disclosure.domain.PublicityEvent_;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.Unit_;

/** The register of publicity events (宣传活动) and what they reached. Events count in the year they start. */
@ApplicationScoped
public class PublicityEventService extends UnitRegister<PublicityEvent, PublicityEventService.PublicityForm> {

    public PublicityEventService() {
        super(PublicityEvent.class, PublicityEvent::getUnit);
    }

    public record PublicityForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,
            LocalDate startsOn,
            LocalDate endsOn,
            String title,
            String place,
            boolean online,
            Long consultations,
            Long brochures,
            Long onlineViews)
            implements Form {}

    /** Events starting in a year and the sums of what they reached. */
    public record PublicityTotals(long events, long consultations, long brochures, long onlineViews)
            implements java.io.Serializable {

        public long getEvents() {
            return events;
        }

        public long getConsultations() {
            return consultations;
        }

        public long getBrochures() {
            return brochures;
        }

        public long getOnlineViews() {
            return onlineViews;
        }
    }

    /** Filters: {@code unitId}, {@code year} (of the start), {@code title} (contains). */
    public Page<PublicityEvent> page(PageRequest request) {
        RegisterScope scope = RegisterScope.of(user, request);
        Map<String, Function<Root<PublicityEvent>, Expression<?>>> sortable = Map.of(
                "startsOn", r -> r.get(PublicityEvent_.startsOn),
                "title", r -> r.get(PublicityEvent_.title),
                "consultations", r -> r.get(PublicityEvent_.consultations),
                "onlineViews", r -> r.get(PublicityEvent_.onlineViews));
        CriteriaPager.Filter<PublicityEvent> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            scope.unit(where, cb, root.get(PublicityEvent_.unit).get(Unit_.id));
            scope.day(where, cb, root.get(PublicityEvent_.startsOn));
            String title = req.filterText("title");
            if (title != null) {
                where.add(CriteriaPager.contains(cb, root.get(PublicityEvent_.title), title));
            }
            return where;
        };
        return new CriteriaPager<>(em, PublicityEvent.class, filter, sortable, r -> r.get(PublicityEvent_.id))
                .page(request.sortedByDefault("startsOn", false)); // the latest first
    }

    @Override
    PublicityEvent newRecord(Unit unit, PublicityForm form) {
        PublicityEvent e = new PublicityEvent(unit, form.startsOn(), form.endsOn(), form.title());
        setVenueAndReach(e, form);
        return e;
    }

    @Override
    void change(PublicityEvent e, PublicityForm form) {
        e.reschedule(form.startsOn(), form.endsOn());
        e.setTitle(form.title());
        setVenueAndReach(e, form);
    }

    private static void setVenueAndReach(PublicityEvent e, PublicityForm form) {
        e.setVenue(form.place(), form.online());
        e.setReach(form.consultations(), form.brochures(), form.onlineViews());
    }

    public PublicityTotals totals(Long unitId, int year) {
        RegisterScope scope = RegisterScope.of(user, unitId, year);
        Object[] r = scope.query(
                        em,
                        "SELECT COUNT(e), SUM(e.consultations), SUM(e.brochures), SUM(e.onlineViews)"
                                + " FROM PublicityEvent e WHERE e.startsOn BETWEEN :from AND :to",
                        "e.unit.id",
                        "")
                .getSingleResult();
        return new PublicityTotals(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
    }
}
