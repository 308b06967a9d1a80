package org.kaocheng.disclosure.application;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;

/**
 * The unit and year of a work-summary register list ({@code unitId} and {@code year} filters of a
 * page request), with the unit limited to the operator's own whatever the request says.
 */
record RegisterScope(Long unitId, Integer year) {

    static RegisterScope of(CurrentUser user, PageRequest request) {
        return new RegisterScope(
                DisclosureAccess.scopedUnit(user, number(request.filters().get("unitId"))),
                year(request.filters().get("year")));
    }

    static RegisterScope of(CurrentUser user, Long unitId, int year) {
        return new RegisterScope(DisclosureAccess.scopedUnit(user, unitId), year);
    }

    LocalDate from() {
        return year == null ? null : LocalDate.of(year, 1, 1);
    }

    LocalDate to() {
        return year == null ? null : LocalDate.of(year, 12, 31);
    }

    void unit(List<Predicate> where, CriteriaBuilder cb, Expression<Long> unitPath) {
        if (unitId != null) {
            where.add(cb.equal(unitPath, unitId));
        }
    }

    void day(List<Predicate> where, CriteriaBuilder cb, Expression<LocalDate> dayPath) {
        if (year != null) {
            where.add(cb.between(dayPath, from(), to()));
        }
    }

    /**
     * A JPQL aggregate over the year ({@code :from}, {@code :to}), limited to the unit when there
     * is one (a condition added rather than a null parameter, which PostgreSQL cannot type).
     */
    jakarta.persistence.TypedQuery<Object[]> query(
            jakarta.persistence.EntityManager em, String select, String unitPath, String tail) {
        String jpql = select + (unitId == null ? "" : " AND " + unitPath + " = :unitId") + tail;
        jakarta.persistence.TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
                .setParameter("from", from())
                .setParameter("to", to());
        if (unitId != null) {
            q.setParameter("unitId", unitId);
        }
        return q;
    }

    private static Long number(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return Long.valueOf(value.toString().trim());
    }

    private static Integer year(Object value) {
        Long n = number(value);
        return n == null ? null : n.intValue();
    }
}
