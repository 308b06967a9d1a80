package org.kaocheng.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/** Reading the audit trail: auditors only (the administrator cannot, 三员分立). */
@ApplicationScoped
public class AuditService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** Filters: username, action, entityType, entityId (exact), from / to (LocalDate, inclusive). */
    public Page<AuditEntry> page(PageRequest request) {
        user.requireAnyRole(Role.AUDITOR);
        Map<String, Function<Root<AuditEntry>, Expression<?>>> sortable = Map.of(
                "at", r -> r.get(AuditEntry_.at),
                "username", r -> r.get(AuditEntry_.username),
                "entityType", r -> r.get(AuditEntry_.entityType));
        return new CriteriaPager<>(em, AuditEntry.class, AuditService::predicates, sortable, r -> r.get(AuditEntry_.id))
                .page(request.sortedByDefault("at", false)); // newest first
    }

    private static List<Predicate> predicates(Root<AuditEntry> root, CriteriaBuilder cb, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        String username = request.filterText("username");
        if (username != null) {
            where.add(CriteriaPager.contains(cb, root.get(AuditEntry_.username), username));
        }
        String action = request.filterText("action");
        if (action != null) {
            where.add(cb.equal(root.get(AuditEntry_.action), action));
        }
        String type = request.filterText("entityType");
        if (type != null) {
            where.add(CriteriaPager.contains(cb, root.get(AuditEntry_.entityType), type));
        }
        String id = request.filterText("entityId");
        if (id != null) {
            where.add(cb.equal(root.get(AuditEntry_.entityId), id));
        }
        if (request.filters().get("from") instanceof LocalDate from) {
            where.add(cb.greaterThanOrEqualTo(root.get(AuditEntry_.at), from.atStartOfDay()));
        }
        if (request.filters().get("to") instanceof LocalDate to) {
            where.add(cb.lessThan(root.get(AuditEntry_.at), to.plusDays(1).atStartOfDay()));
        }
        return where;
    }
}
