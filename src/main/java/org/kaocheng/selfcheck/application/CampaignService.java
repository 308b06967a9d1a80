package org.kaocheng.selfcheck.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * Campaigns, for assessors: prepare, open (every target unit gets its self-check), follow where
 * each unit stands, remind units, and reopen a self-check after its deadline.
 */
@ApplicationScoped
public class CampaignService {

    static final List<CheckStatus> BEFORE_SUBMISSION = List.of(CheckStatus.NOT_STARTED, CheckStatus.DRAFT);

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    public Page<Campaign> page(PageRequest request) {
        user.requireAnyRole(Role.ASSESSOR, Role.VIEWER);
        long total =
                em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult();
        List<Campaign> rows = em.createNamedQuery("Campaign.all", Campaign.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    public Campaign get(Long campaignId) {
        user.requireAnyRole(Role.ASSESSOR, Role.VIEWER);
        Campaign campaign = campaignId == null ? null : em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new BusinessRuleException("selfcheck.campaign.notFound", campaignId);
        }
        return campaign;
    }

    @Transactional
    public Campaign create(CampaignForm form) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistTemplate template =
                form.templateId() == null ? null : em.find(ChecklistTemplate.class, form.templateId());
        RankingGroup group = form.rankingGroupId() == null ? null : em.find(RankingGroup.class, form.rankingGroupId());
        Campaign campaign = new Campaign(
                template,
                form.title(),
                form.periodLabel(),
                form.target(),
                group,
                form.unitIds(),
                form.opensOn(),
                form.closesOn(),
                user.getUsername());
        em.persist(campaign);
        em.flush();
        return campaign;
    }

    /** Opens the campaign: each target unit gets its own self-check with one answer per item. */
    @Transactional
    public int open(Long campaignId, int expectedVersion) {
        SelfCheckAccess.requireAssessor(user);
        Campaign campaign = get(campaignId);
        campaign.checkVersion(expectedVersion);
        campaign.open(LocalDate.now(clock), LocalDateTime.now(clock));
        List<Unit> units = targetUnits(campaign);
        if (units.isEmpty()) {
            throw new BusinessRuleException("selfcheck.campaign.noUnits");
        }
        for (Unit unit : units) {
            em.persist(new SelfCheck(campaign, unit));
        }
        em.flush();
        return units.size();
    }

    private List<Unit> targetUnits(Campaign campaign) {
        TypedQuery<Unit> query = switch (campaign.getTargetKind()) {
            case ALL ->
                em.createQuery(
                                "SELECT u FROM Unit u WHERE u.active = :active AND u.category <> :district"
                                        + " ORDER BY u.code",
                                Unit.class)
                        .setParameter("district", UnitCategory.DISTRICT);
            case GROUP ->
                em.createQuery(
                                "SELECT u FROM Unit u WHERE u.active = :active AND u.rankingGroup = :group"
                                        + " ORDER BY u.code",
                                Unit.class)
                        .setParameter("group", campaign.getRankingGroup());
            case UNITS ->
                em.createQuery(
                                "SELECT u FROM Unit u WHERE u.active = :active AND u.id IN :ids" + " ORDER BY u.code",
                                Unit.class)
                        .setParameter("ids", campaign.getUnitIds());
        };
        return query.setParameter("active", true).getResultList();
    }

    /** Units per status, late and overdue, counted in SQL. */
    public CampaignOverview overview(Long campaignId) {
        get(campaignId);
        Map<CheckStatus, Long> byStatus = new EnumMap<>(CheckStatus.class);
        long late = 0;
        long total = 0;
        for (Object[] row : em.createNamedQuery("SelfCheck.countByStatus", Object[].class)
                .setParameter("campaignId", campaignId)
                .getResultList()) {
            long n = ((Number) row[2]).longValue();
            byStatus.merge((CheckStatus) row[0], n, Long::sum);
            if (Boolean.TRUE.equals(row[1])) {
                late += n;
            }
            total += n;
        }
        long overdue = overdueQuery(campaignId, "SELECT COUNT(s)", Long.class).getSingleResult();
        return new CampaignOverview(byStatus, late, overdue, total);
    }

    private <T> TypedQuery<T> overdueQuery(Long campaignId, String select, Class<T> type) {
        return em.createQuery(
                        select + " FROM SelfCheck s WHERE s.campaign.id = :campaignId AND s.status IN :before"
                                + " AND s.campaign.closesOn < :today AND (s.reopenedUntil IS NULL OR s.reopenedUntil < :today)",
                        type)
                .setParameter("campaignId", campaignId)
                .setParameter("before", BEFORE_SUBMISSION)
                .setParameter("today", LocalDate.now(clock));
    }

    /**
     * One page of the campaign's units (filters: {@code status} = a CheckStatus name, {@code
     * attention} = true for late or overdue ones), sorted by unit code.
     */
    public Page<UnitProgressRow> units(Long campaignId, PageRequest request) {
        get(campaignId);
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" FROM SelfCheck s JOIN s.unit u WHERE s.campaign.id = :campaignId");
        CheckStatus status = statusFilter(request.filterText("status"));
        if (status != null) {
            where.append(" AND s.status = :status");
        }
        boolean attention =
                Boolean.parseBoolean(String.valueOf(request.filters().get("attention")));
        if (attention) {
            where.append(" AND (s.late = :late OR (s.status IN :before AND s.campaign.closesOn < :today"
                    + " AND (s.reopenedUntil IS NULL OR s.reopenedUntil < :today)))");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
        TypedQuery<SelfCheck> rows = em.createQuery("SELECT s" + where + " ORDER BY u.code", SelfCheck.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("campaignId", campaignId);
            if (status != null) {
                q.setParameter("status", status);
            }
            if (attention) {
                q.setParameter("before", BEFORE_SUBMISSION)
                        .setParameter("today", today)
                        .setParameter("late", true);
            }
        }
        long total = count.getSingleResult();
        List<SelfCheck> page = rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        Map<Long, long[]> items = itemCounts(page.stream().map(SelfCheck::getId).toList());
        List<UnitProgressRow> result = page.stream()
                .map(s -> {
                    long[] c = items.getOrDefault(s.getId(), new long[3]);
                    return new UnitProgressRow(
                            s.getId(),
                            s.getVersion(),
                            s.getUnit().getId(),
                            s.getUnit().getCode(),
                            s.getUnit().getName(),
                            s.getStatus(),
                            s.isLate(),
                            s.isOverdue(today),
                            s.getRoundNo(),
                            s.getFirstSubmittedAt(),
                            s.getLastSubmittedAt(),
                            s.getReopenedUntil(),
                            s.getRemindedAt(),
                            c[0],
                            c[1],
                            c[2]);
                })
                .toList();
        return new Page<>(result, total);
    }

    private static CheckStatus statusFilter(String text) {
        if (text == null) {
            return null;
        }
        for (CheckStatus s : CheckStatus.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        throw new BusinessRuleException("selfcheck.filter.invalid");
    }

    /** Accepted, returned and total items per self-check, counted in SQL. */
    private Map<Long, long[]> itemCounts(List<Long> selfCheckIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (selfCheckIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT a.selfCheck.id,"
                                + " SUM(CASE WHEN a.status = :accepted THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN a.status = :returned THEN 1 ELSE 0 END), COUNT(a)"
                                + " FROM SelfCheckAnswer a WHERE a.selfCheck.id IN :ids GROUP BY a.selfCheck.id",
                        Object[].class)
                .setParameter("accepted", CheckStatus.ACCEPTED)
                .setParameter("returned", CheckStatus.RETURNED)
                .setParameter("ids", selfCheckIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], new long[] {
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()
            });
        }
        return counts;
    }

    /** A reminder on the unit's dashboard. */
    @Transactional
    public void remind(Long selfCheckId, String message) {
        SelfCheckAccess.requireAssessor(user);
        SelfCheck selfCheck = selfCheck(selfCheckId);
        selfCheck.remind(message, user.getUsername(), LocalDateTime.now(clock));
        em.flush();
    }

    /** Reminds every unit of the campaign that has something to do; returns how many. */
    @Transactional
    public int remindAllPending(Long campaignId, String message) {
        SelfCheckAccess.requireAssessor(user);
        get(campaignId);
        List<SelfCheck> pending = em.createQuery(
                        "SELECT s FROM SelfCheck s WHERE s.campaign.id = :campaignId" + " AND s.status IN :pending",
                        SelfCheck.class)
                .setParameter("campaignId", campaignId)
                .setParameter("pending", List.of(CheckStatus.NOT_STARTED, CheckStatus.DRAFT, CheckStatus.RETURNED))
                .getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (SelfCheck s : pending) {
            s.remind(message, user.getUsername(), now);
        }
        em.flush();
        return pending.size();
    }

    /** Allows a late submission until the given day; the submission will be marked late. */
    @Transactional
    public void reopen(Long selfCheckId, int expectedVersion, LocalDate until, String comment) {
        SelfCheckAccess.requireAssessor(user);
        SelfCheck selfCheck = selfCheck(selfCheckId);
        selfCheck.checkVersion(expectedVersion);
        selfCheck.reopen(until, comment, user.getUsername(), LocalDate.now(clock), LocalDateTime.now(clock));
        em.flush();
    }

    private SelfCheck selfCheck(Long id) {
        SelfCheck selfCheck = id == null ? null : em.find(SelfCheck.class, id);
        if (selfCheck == null) {
            throw new AccessDeniedException("no such self-check " + id);
        }
        return selfCheck;
    }

    /** For the create form. */
    public List<RankingGroup> rankingGroups() {
        user.requireAnyRole(Role.ASSESSOR);
        return em.createQuery("SELECT g FROM RankingGroup g ORDER BY g.sortOrder, g.code", RankingGroup.class)
                .getResultList();
    }

    public List<Unit> activeUnits() {
        user.requireAnyRole(Role.ASSESSOR);
        return em.createQuery(
                        "SELECT u FROM Unit u WHERE u.active = :active AND u.category <> :district ORDER BY u.code",
                        Unit.class)
                .setParameter("district", UnitCategory.DISTRICT)
                .setParameter("active", true)
                .getResultList();
    }
}
