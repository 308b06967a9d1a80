package org.kaocheng.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.staff.domain.IdCardNumbers;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.PostingRules;
import org.kaocheng.staff.domain.PostingStart;
import org.kaocheng.staff.domain.Posting_;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.staff.domain.Staff_;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.Unit_;

/**
 * The staff registry and posting changes (新任, 调岗, 离岗, 兼任). A unit operator works on their
 * own unit only; administrators on any unit; other district roles read.
 */
@ApplicationScoped
public class StaffService {

    /** District-wide roles that may change any unit's staff. */
    static final Role[] DISTRICT_WRITERS = {Role.ADMIN};

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Event<PostingStarted> postingStarted;

    /** A new person and their first post. */
    public record NewStaffForm(
            @NotNull(message = "{staff.unit.required}") Long unitId,

            @NotBlank(message = "{staff.name.required}") @Size(max = 50)
            String name,

            @Size(max = 30) String phone,
            String idCardNo,
            @NotNull(message = "{posting.type.required}") PostType postType,
            @NotNull(message = "{posting.start.required}") LocalDate startDate,
            @Size(max = 200) String appointmentDoc) {}

    /** The person's own details. */
    public record StaffDetails(
            @NotBlank(message = "{staff.name.required}") @Size(max = 50)
            String name,

            @Size(max = 30) String phone,
            String idCardNo) {}

    public Page<StaffRow> page(PageRequest request) {
        user.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER);
        Long scopedUnit = scopedUnit(request.filters().get("unitId"));
        Map<String, Function<Root<Staff>, Expression<?>>> sortable = Map.of(
                "name", r -> r.get(Staff_.name),
                "unitName", r -> r.join(Staff_.unit, JoinType.INNER).get(Unit_.name),
                "phone", r -> r.get(Staff_.phone));
        CriteriaPager.Filter<Staff> filter = (root, cb, req) -> predicates(root, cb, req, scopedUnit);
        Page<Staff> page = new CriteriaPager<>(em, Staff.class, filter, sortable, r -> r.get(Staff_.id)).page(request);
        return new Page<>(toRows(page.rows()), page.total());
    }

    /** An operator's list is always their own unit, whatever unit id the request carries. */
    private Long scopedUnit(Object requested) {
        Long unitId = requested == null || requested.toString().isBlank() ? null : Long.valueOf(requested.toString());
        if (user.readsAllUnits()) {
            return unitId;
        }
        Long own = user.getOperatorUnitId()
                .orElseThrow(() -> new org.kaocheng.platform.security.AccessDeniedException("no unit"));
        if (unitId != null && !unitId.equals(own)) {
            throw new org.kaocheng.platform.security.AccessDeniedException("unit " + unitId + " outside scope");
        }
        return own;
    }

    private List<Predicate> predicates(Root<Staff> root, CriteriaBuilder cb, PageRequest request, Long unitId) {
        List<Predicate> where = new ArrayList<>();
        if (unitId != null) {
            where.add(cb.equal(root.get(Staff_.unit).get(Unit_.id), unitId));
        }
        String name = request.filterText("name");
        if (name != null) {
            where.add(CriteriaPager.contains(cb, root.get(Staff_.name), name));
        }
        String phone = request.filterText("phone");
        if (phone != null) {
            where.add(CriteriaPager.contains(cb, root.get(Staff_.phone), phone));
        }
        Object active = request.filters().get("active");
        if (active != null && !active.toString().isBlank()) {
            Subquery<Long> open = cb.createQuery().subquery(Long.class);
            Root<Posting> p = open.from(Posting.class);
            open.select(p.get(Posting_.id))
                    .where(cb.equal(p.get(Posting_.staff), root), cb.isNull(p.get(Posting_.endDate)));
            where.add(Boolean.parseBoolean(active.toString()) ? cb.exists(open) : cb.not(cb.exists(open)));
        }
        Object postType = request.filters().get("postType");
        if (postType != null && !postType.toString().isBlank()) {
            Subquery<Long> holds = cb.createQuery().subquery(Long.class);
            Root<Posting> p = holds.from(Posting.class);
            holds.select(p.get(Posting_.id))
                    .where(
                            cb.equal(p.get(Posting_.staff), root),
                            cb.isNull(p.get(Posting_.endDate)),
                            cb.equal(p.get(Posting_.postType), PostType.valueOf(postType.toString())));
            where.add(cb.exists(holds));
        }
        return where;
    }

    private List<StaffRow> toRows(List<Staff> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        List<Long> ids = staff.stream().map(Staff::getId).toList();
        Map<Long, Set<PostType>> posts = new HashMap<>();
        List<Object[]> open = em.createQuery(
                        "SELECT p.staff.id, p.postType FROM Posting p"
                                + " WHERE p.staff.id IN :ids AND p.endDate IS NULL",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : open) {
            posts.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(PostType.class))
                    .add((PostType) row[1]);
        }
        List<StaffRow> rows = new ArrayList<>();
        for (Staff s : staff) {
            rows.add(new StaffRow(
                    s.getId(),
                    s.getVersion(),
                    s.getName(),
                    s.getUnit().getId(),
                    s.getUnit().getName(),
                    s.getPhone(),
                    s.getMaskedIdCardNo(),
                    List.copyOf(posts.getOrDefault(s.getId(), EnumSet.noneOf(PostType.class)))));
        }
        return rows;
    }

    /**
     * Dashboard figures as of a day: people in post, units without a designated officer,
     * postings started or ended this year, and the five units with the highest turnover.
     * All counted by the database.
     */
    public StaffFigures figures(LocalDate today) {
        user.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER);
        Long scope = user.readsAllUnits() ? null : user.getOperatorUnitId().orElse(-1L);
        LocalDate yearStart = today.withDayOfYear(1);
        String unitFilter = scope == null ? "" : " AND p.unit.id = :unitId";
        var inPost = em.createQuery(
                        "SELECT COUNT(DISTINCT p.staff.id) FROM Posting p WHERE p.startDate <= :d"
                                + " AND (p.endDate IS NULL OR p.endDate > :d)" + unitFilter,
                        Long.class)
                .setParameter("d", today);
        var changes = em.createQuery(
                        "SELECT COUNT(p) FROM Posting p WHERE ((p.startDate >= :y AND p.startDate <= :d)"
                                + " OR (p.endDate >= :y AND p.endDate <= :d))" + unitFilter,
                        Long.class)
                .setParameter("y", yearStart)
                .setParameter("d", today);
        String unitScope = scope == null ? "" : " AND u.id = :unitId";
        // Native SQL: EclipseLink prints the parameters of this NOT EXISTS query inline, and its
        // H2 platform prints booleans as 1, which H2 2.x refuses.
        var vacant = em.createNativeQuery(
                        "SELECT COUNT(*) FROM unit u WHERE u.active = TRUE AND u.category <> 'DISTRICT'"
                                + " AND (CAST(?2 AS BIGINT) IS NULL OR u.id = CAST(?2 AS BIGINT))"
                                + " AND NOT EXISTS (SELECT 1 FROM posting p WHERE p.unit_id = u.id AND p.post_type = 'DESIGNATED_OFFICER'"
                                + " AND p.start_date <= ?1 AND (p.end_date IS NULL OR p.end_date > ?1))")
                .setParameter(1, java.sql.Date.valueOf(today))
                .setParameter(2, scope);
        var units = em.createQuery("SELECT COUNT(u) FROM Unit u WHERE u.active = :active" + unitScope, Long.class)
                .setParameter("active", true);
        if (scope != null) {
            inPost.setParameter("unitId", scope);
            changes.setParameter("unitId", scope);
            units.setParameter("unitId", scope);
        }
        List<TurnoverRow> top = TurnoverQuery.run(em, today.getYear(), today, scope, 5);
        return new StaffFigures(
                inPost.getSingleResult(),
                ((Number) vacant.getSingleResult()).longValue(),
                changes.getSingleResult(),
                units.getSingleResult(),
                top);
    }

    /** A person the current user may read. */
    public Staff get(Long staffId) {
        Staff staff = staffId == null ? null : em.find(Staff.class, staffId);
        if (staff == null) {
            throw new BusinessRuleException("staff.notFound", staffId);
        }
        user.requireRead(staff.getUnit().getId());
        return staff;
    }

    /** Every posting the person ever held, newest first, in any unit. */
    public List<Posting> history(Long staffId) {
        get(staffId);
        return em.createNamedQuery("Posting.ofStaff", Posting.class)
                .setParameter("staffId", staffId)
                .getResultList();
    }

    @Transactional
    public Staff create(@Valid NewStaffForm form) {
        user.requireWrite(form.unitId(), DISTRICT_WRITERS);
        Unit unit = activeUnit(form.unitId());
        String idCard = checkedIdCard(form.idCardNo(), null);
        Staff staff = new Staff(unit, form.name().trim(), blankToNull(form.phone()), idCard, LocalDate.now());
        em.persist(staff);
        start(staff, unit, form.postType(), form.startDate(), PostingStart.APPOINT, form.appointmentDoc());
        em.flush();
        return staff;
    }

    @Transactional
    public Staff update(Long staffId, int expectedVersion, @Valid StaffDetails details) {
        Staff staff = writable(staffId);
        staff.checkVersion(expectedVersion);
        staff.setName(details.name().trim());
        staff.setPhone(blankToNull(details.phone()));
        if (details.idCardNo() != null && !details.idCardNo().isBlank()) {
            staff.setIdCardNo(checkedIdCard(details.idCardNo(), staffId)); // blank keeps the stored number
        }
        em.flush();
        return staff;
    }

    /**
     * 新任 / 兼任: a further post in the person's unit. It is a concurrent post (兼任) when the
     * person already holds another post on that day.
     */
    @Transactional
    public Posting appoint(
            Long staffId,
            @NotNull(message = "{posting.type.required}") PostType postType,
            @NotNull(message = "{posting.start.required}") LocalDate startDate,
            String appointmentDoc) {
        Staff staff = writable(staffId);
        boolean holdsAnother = openPostings(staffId).stream().anyMatch(p -> p.isActiveOn(startDate));
        Posting posting = start(
                staff,
                staff.getUnit(),
                postType,
                startDate,
                holdsAnother ? PostingStart.CONCURRENT : PostingStart.APPOINT,
                appointmentDoc);
        em.flush();
        return posting;
    }

    /**
     * 调岗: on the given day every open posting in the current unit ends and the same posts
     * start in the target unit, which must exist and be active.
     */
    @Transactional
    public List<Posting> transfer(
            Long staffId,
            int expectedVersion,
            @NotNull(message = "{transfer.target.required}") Long targetUnitId,
            @NotNull(message = "{posting.start.required}") LocalDate effective,
            String appointmentDoc) {
        Staff staff = writable(staffId);
        staff.checkVersion(expectedVersion);
        Unit target = em.find(Unit.class, targetUnitId);
        if (target == null || !target.isActive()) {
            throw new BusinessRuleException("transfer.target.invalid");
        }
        if (target.getId().equals(staff.getUnit().getId())) {
            throw new BusinessRuleException("transfer.target.same");
        }
        List<Posting> open = openPostings(staffId).stream()
                .filter(p -> p.getUnit().getId().equals(staff.getUnit().getId()))
                .toList();
        if (open.isEmpty()) {
            throw new BusinessRuleException("transfer.noOpenPosting");
        }
        PostingRules.requireNotBeforeStart(open, effective);
        List<Posting> started = new ArrayList<>();
        for (Posting p : open) {
            p.end(effective, PostingEnd.TRANSFER);
        }
        em.flush();
        for (Posting p : open) {
            started.add(start(staff, target, p.getPostType(), effective, PostingStart.TRANSFER, appointmentDoc));
        }
        staff.moveTo(target);
        em.flush();
        return started;
    }

    /** 离岗: every open posting of the person ends on the given day. */
    @Transactional
    public void leave(
            Long staffId, int expectedVersion, @NotNull(message = "{posting.end.required}") LocalDate effective) {
        Staff staff = writable(staffId);
        staff.checkVersion(expectedVersion);
        List<Posting> open = openPostings(staffId);
        if (open.isEmpty()) {
            throw new BusinessRuleException("leave.noOpenPosting");
        }
        PostingRules.requireNotBeforeStart(open, effective);
        for (Posting p : open) {
            p.end(effective, PostingEnd.LEAVE);
        }
        em.flush();
    }

    /** Ends one posting (e.g. gives up a concurrent post) on the given day. */
    @Transactional
    public void endPosting(
            Long postingId, int expectedVersion, @NotNull(message = "{posting.end.required}") LocalDate effective) {
        Posting posting = em.find(Posting.class, postingId);
        if (posting == null) {
            throw new BusinessRuleException("posting.notFound", postingId);
        }
        user.requireWrite(posting.getUnit().getId(), DISTRICT_WRITERS);
        posting.checkVersion(expectedVersion);
        posting.end(effective, PostingEnd.LEAVE);
        em.flush();
    }

    private Posting start(Staff staff, Unit unit, PostType type, LocalDate startDate, PostingStart kind, String doc) {
        List<Posting> sameType = em.createNamedQuery("Posting.sameTypeOfStaffInUnit", Posting.class)
                .setParameter("staffId", staff.getId())
                .setParameter("unitId", unit.getId())
                .setParameter("postType", type)
                .getResultList();
        PostingRules.requireNoOverlap(sameType, startDate, null);
        Posting posting = new Posting(staff, unit, type, startDate, kind, blankToNull(doc));
        em.persist(posting);
        em.flush();
        postingStarted.fire(new PostingStarted(posting.getId(), staff.getId(), unit.getId(), type, startDate));
        return posting;
    }

    private List<Posting> openPostings(Long staffId) {
        return em.createNamedQuery("Posting.openOfStaff", Posting.class)
                .setParameter("staffId", staffId)
                .getResultList();
    }

    private Staff writable(Long staffId) {
        Staff staff = staffId == null ? null : em.find(Staff.class, staffId);
        if (staff == null) {
            throw new BusinessRuleException("staff.notFound", staffId);
        }
        user.requireWrite(staff.getUnit().getId(), DISTRICT_WRITERS);
        return staff;
    }

    private Unit activeUnit(Long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null || !unit.isActive()) {
            throw new BusinessRuleException("staff.unit.invalid");
        }
        return unit;
    }

    private String checkedIdCard(String raw, Long exceptStaffId) {
        String idCard = IdCardNumbers.normalise(raw);
        if (idCard == null) {
            return null;
        }
        if (!IdCardNumbers.isValid(idCard)) {
            throw new BusinessRuleException("staff.idCard.invalid");
        }
        em.createNamedQuery("Staff.byIdCard", Staff.class)
                .setParameter("idCardNo", idCard)
                .getResultStream()
                .filter(s -> !s.getId().equals(exceptStaffId))
                .findFirst()
                .ifPresent(s -> {
                    throw new BusinessRuleException("staff.idCard.duplicate");
                });
        return idCard;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
