package org.kaocheng.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.RankingGroup_;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;
import org.kaocheng.unit.domain.Unit_;

/** Reading and maintaining the unit tree. Only administrators change it. */
@ApplicationScoped
public class UnitService {

    /** Roles that read the unit list (everyone but the auditor). */
    static final Role[] READERS = {Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER};

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** What an administrator fills in for a unit. */
    public record UnitForm(
            @NotNull(message = "{unit.code.required}") String code,
            @NotNull(message = "{unit.name.required}") String name,
            @NotNull UnitCategory category,
            Long parentId,
            Long rankingGroupId) {}

    public Page<Unit> page(PageRequest request) {
        user.requireAnyRole(READERS);
        Map<String, Function<Root<Unit>, Expression<?>>> sortable = Map.of(
                "code", r -> r.get(Unit_.code),
                "name", r -> r.get(Unit_.name),
                "category", r -> r.get(Unit_.category),
                "rankingGroup.name",
                        r -> r.join(Unit_.rankingGroup, jakarta.persistence.criteria.JoinType.LEFT)
                                .get(RankingGroup_.name));
        return new CriteriaPager<>(em, Unit.class, this::predicates, sortable, r -> r.get(Unit_.code)).page(request);
    }

    private List<Predicate> predicates(Root<Unit> root, CriteriaBuilder cb, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        String code = request.filterText("code");
        if (code != null) {
            where.add(CriteriaPager.contains(cb, root.get(Unit_.code), code));
        }
        String name = request.filterText("name");
        if (name != null) {
            where.add(CriteriaPager.contains(cb, root.get(Unit_.name), name));
        }
        Object category = request.filters().get("category");
        if (category instanceof UnitCategory c) {
            where.add(cb.equal(root.get(Unit_.category), c));
        } else if (category instanceof String s && !s.isBlank()) {
            where.add(CriteriaPager.equalsConstant(cb, root.get(Unit_.category), UnitCategory.class, s));
        }
        Object active = request.filters().get("active");
        if (active != null && !active.toString().isBlank()) {
            where.add(cb.equal(root.get(Unit_.active), Boolean.valueOf(active.toString())));
        }
        return where;
    }

    public List<Unit> activeUnits() {
        user.requireAnyRole(READERS);
        return em.createNamedQuery("Unit.active", Unit.class)
                .setParameter("active", true)
                .getResultList();
    }

    /** The units the current user may pick from: all for district roles, their own for an operator. */
    public List<Unit> unitsInScope() {
        if (user.readsAllUnits()) {
            return activeUnits();
        }
        return user.getOperatorUnitId().flatMap(this::find).map(List::of).orElse(List.of());
    }

    public List<RankingGroup> rankingGroups() {
        return em.createNamedQuery("RankingGroup.all", RankingGroup.class).getResultList();
    }

    public Optional<Unit> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Unit.class, id));
    }

    /** A unit the current user may read; refused (403) for another unit's operator. */
    public Unit get(Long id) {
        user.requireRead(id);
        return find(id).orElseThrow(() -> new BusinessRuleException("unit.notFound", id));
    }

    @Transactional
    public Unit create(@Valid UnitForm form) {
        user.requireAnyRole(Role.ADMIN);
        requireUniqueCode(form.code(), null);
        Unit unit = new Unit(
                form.code().trim(),
                form.name().trim(),
                form.category(),
                parent(form.parentId()),
                group(form.rankingGroupId()));
        em.persist(unit);
        em.flush();
        return unit;
    }

    @Transactional
    public Unit update(Long id, int expectedVersion, @Valid UnitForm form) {
        user.requireAnyRole(Role.ADMIN);
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new BusinessRuleException("unit.notFound", id);
        }
        unit.checkVersion(expectedVersion);
        requireUniqueCode(form.code(), id);
        unit.setCode(form.code().trim());
        unit.setName(form.name().trim());
        unit.setCategory(form.category());
        unit.setParent(parent(form.parentId()));
        unit.setRankingGroup(group(form.rankingGroupId()));
        em.flush();
        return unit;
    }

    /** Closes a unit (机构撤并); its history stays. A unit with active sub-units cannot close. */
    @Transactional
    public Unit close(Long id, int expectedVersion, LocalDate on) {
        user.requireAnyRole(Role.ADMIN);
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new BusinessRuleException("unit.notFound", id);
        }
        unit.checkVersion(expectedVersion);
        long children = em.createNamedQuery("Unit.countActiveChildren", Long.class)
                .setParameter("active", true)
                .setParameter("parent", unit)
                .getSingleResult();
        if (children > 0) {
            throw new BusinessRuleException("unit.close.hasChildren", children);
        }
        unit.close(on == null ? LocalDate.now() : on);
        em.flush();
        return unit;
    }

    @Transactional
    public Unit reopen(Long id, int expectedVersion) {
        user.requireAnyRole(Role.ADMIN);
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new BusinessRuleException("unit.notFound", id);
        }
        unit.checkVersion(expectedVersion);
        unit.reopen();
        em.flush();
        return unit;
    }

    private void requireUniqueCode(String code, Long exceptId) {
        em.createNamedQuery("Unit.byCode", Unit.class)
                .setParameter("code", code.trim())
                .getResultStream()
                .filter(u -> !u.getId().equals(exceptId))
                .findFirst()
                .ifPresent(u -> {
                    throw new BusinessRuleException("unit.code.duplicate", code);
                });
    }

    private Unit parent(Long parentId) {
        if (parentId == null) {
            return null;
        }
        Unit parent = em.find(Unit.class, parentId);
        if (parent == null || !parent.isActive()) {
            throw new BusinessRuleException("unit.parent.invalid");
        }
        return parent;
    }

    private RankingGroup group(Long groupId) {
        return groupId == null
                ? null
                : Optional.ofNullable(em.find(RankingGroup.class, groupId))
                        .orElseThrow(() -> new BusinessRuleException("unit.group.invalid"));
    }
}
