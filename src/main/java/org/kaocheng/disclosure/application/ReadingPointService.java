package org.kaocheng.disclosure.application;

import static org.kaocheng.disclosure.application.TimelinessQueries.n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.disclosure.domain.ReadingPoint;
import org.kaocheng.disclosure.domain.ReadingPointEntry;
import org.kaocheng.disclosure.domain.ReadingPoint_;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.Unit_;

/**
 * The register of reading points (政府信息公开查阅点) and of what each served, as dated entries
 * (a day or a whole month). A point belongs to a year's list while it was open in that year.
 */
@ApplicationScoped
public class ReadingPointService extends UnitRegister<ReadingPoint, ReadingPointService.ReadingPointForm> {

    public ReadingPointService() {
        super(ReadingPoint.class, ReadingPoint::getUnit);
    }

    public record ReadingPointForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,
            String name,
            String address,
            LocalDate openedOn,
            LocalDate closedOn)
            implements Form {}

    public record EntryForm(LocalDate servedOn, boolean wholeMonth, Long visits, Long copies) {}

    /** Points open at some time in a year, and what was served in the year (entries by their day). */
    public record ReadingPointTotals(long points, long visits, long copies) implements java.io.Serializable {

        public long getPoints() {
            return points;
        }

        public long getVisits() {
            return visits;
        }

        public long getCopies() {
            return copies;
        }
    }

    /** Filters: {@code unitId}, {@code year} (open in it), {@code name} (contains). */
    public Page<ReadingPoint> page(PageRequest request) {
        RegisterScope scope = RegisterScope.of(user, request);
        Map<String, Function<Root<ReadingPoint>, Expression<?>>> sortable = Map.of(
                "name", r -> r.get(ReadingPoint_.name),
                "openedOn", r -> r.get(ReadingPoint_.openedOn));
        CriteriaPager.Filter<ReadingPoint> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            scope.unit(where, cb, root.get(ReadingPoint_.unit).get(Unit_.id));
            if (scope.year() != null) {
                where.add(cb.lessThanOrEqualTo(root.get(ReadingPoint_.openedOn), scope.to()));
                where.add(cb.or(
                        cb.isNull(root.get(ReadingPoint_.closedOn)),
                        cb.greaterThanOrEqualTo(root.get(ReadingPoint_.closedOn), scope.from())));
            }
            String name = req.filterText("name");
            if (name != null) {
                where.add(CriteriaPager.contains(cb, root.get(ReadingPoint_.name), name));
            }
            return where;
        };
        return new CriteriaPager<>(em, ReadingPoint.class, filter, sortable, r -> r.get(ReadingPoint_.id))
                .page(request);
    }

    /** The entries of a point, newest first, paginated in SQL. Filter: {@code year}. */
    public Page<ReadingPointEntry> entries(Long pointId, PageRequest request) {
        ReadingPoint p = get(pointId);
        RegisterScope scope = new RegisterScope(
                p.getUnit().getId(), RegisterScope.of(user, request).year());
        StringBuilder where = new StringBuilder(" FROM ReadingPointEntry e WHERE e.readingPoint.id = :point");
        if (scope.year() != null) {
            where.append(" AND e.servedOn BETWEEN :from AND :to");
        }
        jakarta.persistence.TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        jakarta.persistence.TypedQuery<ReadingPointEntry> rows =
                em.createQuery("SELECT e" + where + " ORDER BY e.servedOn DESC, e.id DESC", ReadingPointEntry.class);
        count.setParameter("point", pointId);
        rows.setParameter("point", pointId);
        if (scope.year() != null) {
            count.setParameter("from", scope.from()).setParameter("to", scope.to());
            rows.setParameter("from", scope.from()).setParameter("to", scope.to());
        }
        List<ReadingPointEntry> page = rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(page, count.getSingleResult());
    }

    @Override
    ReadingPoint newRecord(Unit unit, ReadingPointForm form) {
        ReadingPoint p = new ReadingPoint(unit, form.name(), form.address(), form.openedOn());
        p.setPeriod(form.openedOn(), form.closedOn());
        return p;
    }

    @Override
    void change(ReadingPoint p, ReadingPointForm form) {
        p.describe(form.name(), form.address());
        p.setPeriod(form.openedOn(), form.closedOn());
    }

    /** A service entry of the point; the point's version guards against a concurrent change of its dates. */
    @Transactional
    public ReadingPointEntry record(Long pointId, int expectedPointVersion, @NotNull EntryForm form) {
        ReadingPoint p = writable(pointId, expectedPointVersion);
        ReadingPointEntry e = p.record(form.servedOn(), form.wholeMonth(), form.visits(), form.copies());
        em.persist(e);
        em.flush();
        return e;
    }

    @Transactional
    public ReadingPointEntry changeEntry(Long entryId, int expectedVersion, @NotNull EntryForm form) {
        ReadingPointEntry e = writableEntry(entryId, expectedVersion);
        e.getReadingPoint().change(e, form.servedOn(), form.wholeMonth(), form.visits(), form.copies());
        em.flush();
        return e;
    }

    @Transactional
    public void deleteEntry(Long entryId, int expectedVersion) {
        ReadingPointEntry e = writableEntry(entryId, expectedVersion);
        e.getReadingPoint().remove(e);
        em.remove(e);
        em.flush();
    }

    public ReadingPointTotals totals(Long unitId, int year) {
        RegisterScope scope = RegisterScope.of(user, unitId, year);
        Object[] points = scope.query(
                        em,
                        "SELECT COUNT(p), MIN(p.id) FROM ReadingPoint p WHERE p.openedOn <= :to"
                                + " AND (p.closedOn IS NULL OR p.closedOn >= :from)",
                        "p.unit.id",
                        "")
                .getSingleResult();
        Object[] served = scope.query(
                        em,
                        "SELECT SUM(e.visits), SUM(e.copies) FROM ReadingPointEntry e"
                                + " WHERE e.servedOn BETWEEN :from AND :to",
                        "e.readingPoint.unit.id",
                        "")
                .getSingleResult();
        return new ReadingPointTotals(n(points[0]), n(served[0]), n(served[1]));
    }

    private ReadingPointEntry writableEntry(Long id, int expectedVersion) {
        return writable(
                ReadingPointEntry.class,
                id,
                expectedVersion,
                e -> e.getReadingPoint().getUnit().getId());
    }
}
