package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.appraisal.domain.scoring.IndicatorSpec;
import org.kaocheng.appraisal.domain.scoring.RuleKind;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.SchemeCheck;
import org.kaocheng.appraisal.domain.scoring.SchemeProblem;
import org.kaocheng.appraisal.domain.scoring.SchemeSpec;
import org.kaocheng.appraisal.domain.scoring.Tier;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * Appraisal schemes and their indicator trees, kept by assessors (viewers read them). A
 * frozen scheme (used by a published result) cannot change; next year's starts as a copy.
 */
@ApplicationScoped
public class SchemeService {

    static final Role[] READERS = {Role.ASSESSOR, Role.VIEWER};

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MetricCatalog catalog;

    /** A scheme's header as an assessor edits it. */
    public record SchemeForm(
            @NotBlank(message = "{appraisal.scheme.name.required}") @Size(max = 200)
            String name,

            @NotNull(message = "{appraisal.scheme.period.required}")
            LocalDate periodFrom,

            @NotNull(message = "{appraisal.scheme.period.required}")
            LocalDate periodTo,

            Set<Long> groupIds,
            @NotNull BigDecimal excellentMin,
            @NotNull BigDecimal goodMin,
            @NotNull BigDecimal passMin,
            BigDecimal excellentQuota,
            int objectionDays) {}

    /** An indicator and, for a leaf, its rule. Tiers as {@code "bound:points;bound:points"}. */
    public record IndicatorForm(
            @NotBlank(message = "{appraisal.indicator.code.required}") @Size(max = 32)
            String code,

            @NotBlank(message = "{appraisal.indicator.name.required}") @Size(max = 200)
            String name,

            @Size(max = 1000) String description,

            @NotNull(message = "{appraisal.indicator.points.required}")
            BigDecimal points,

            int sortOrder,
            RuleKind ruleKind,
            String metricCode,
            BigDecimal floor,
            BigDecimal perOccurrence,
            BigDecimal vetoThreshold,
            String tiers,
            boolean lowerIsBetter,
            BigDecimal totalThreshold) {

        RuleSpec rule() {
            if (ruleKind == null) {
                return null;
            }
            String metric = metricCode == null || metricCode.isBlank() ? null : metricCode.trim();
            return new RuleSpec(
                    ruleKind,
                    metric,
                    floor,
                    perOccurrence,
                    vetoThreshold,
                    Tier.parse(tiers),
                    lowerIsBetter,
                    totalThreshold);
        }

        public static IndicatorForm of(Indicator i) {
            return new IndicatorForm(
                    i.getCode(),
                    i.getName(),
                    i.getDescription(),
                    i.getPoints(),
                    i.getSortOrder(),
                    i.getRuleKind(),
                    i.getMetricCode(),
                    i.getRateFloor(),
                    i.getPerOccurrence(),
                    i.getVetoThreshold(),
                    i.getTiers(),
                    i.isLowerIsBetter(),
                    i.getTotalThreshold());
        }
    }

    /**
     * The check of a scheme: errors block computing; warnings (a metric no installed
     * capability provides yet) do not. Totals: ordinary level-1 points and bonus points.
     */
    public record CheckResult(
            List<SchemeProblem> errors, List<SchemeProblem> warnings, BigDecimal baseTotal, BigDecimal bonusTotal) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public List<Scheme> schemes() {
        user.requireAnyRole(READERS);
        return em.createNamedQuery("Scheme.all", Scheme.class).getResultList();
    }

    public Scheme get(Long schemeId) {
        user.requireAnyRole(READERS);
        return find(schemeId);
    }

    /** The indicators in tree order: each parent before its children, siblings by sort order. */
    public List<Indicator> indicators(Long schemeId) {
        user.requireAnyRole(READERS);
        return treeOrder(em.createNamedQuery("Indicator.ofScheme", Indicator.class)
                .setParameter("schemeId", schemeId)
                .getResultList());
    }

    public CheckResult check(Long schemeId) {
        user.requireAnyRole(READERS);
        return check(spec(em, find(schemeId)), catalog);
    }

    static CheckResult check(SchemeSpec spec, MetricCatalog catalog) {
        List<SchemeProblem> errors = SchemeCheck.problems(spec);
        List<SchemeProblem> warnings = new ArrayList<>();
        for (IndicatorSpec i : spec.indicators()) {
            if (i.rule() != null
                    && i.rule().metricCode() != null
                    && catalog.sourceOf(i.rule().metricCode()).isEmpty()) {
                warnings.add(new SchemeProblem(
                        i.id(),
                        i.code(),
                        "appraisal.check.noSource",
                        List.of(i.rule().metricCode())));
            }
        }
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        for (IndicatorSpec top : spec.levelOne()) {
            if (spec.isBonus(top)) {
                bonus = bonus.add(top.points());
            } else {
                base = base.add(top.points());
            }
        }
        return new CheckResult(errors, warnings, base, bonus);
    }

    @Transactional
    public Scheme create(@Valid SchemeForm form) {
        user.requireAnyRole(Role.ASSESSOR);
        requireUniqueName(form.name(), null);
        Scheme scheme = new Scheme(form.name().trim(), form.periodFrom(), form.periodTo());
        apply(scheme, form);
        em.persist(scheme);
        em.flush();
        return scheme;
    }

    @Transactional
    public Scheme update(Long schemeId, int expectedVersion, @Valid SchemeForm form) {
        user.requireAnyRole(Role.ASSESSOR);
        Scheme scheme = find(schemeId);
        scheme.checkVersion(expectedVersion);
        scheme.requireEditable();
        requireUniqueName(form.name(), schemeId);
        scheme.rename(form.name().trim());
        scheme.setPeriod(form.periodFrom(), form.periodTo());
        apply(scheme, form);
        em.flush();
        return scheme;
    }

    private void apply(Scheme scheme, SchemeForm form) {
        scheme.setGrading(form.excellentMin(), form.goodMin(), form.passMin(), form.excellentQuota());
        scheme.setObjectionDays(form.objectionDays());
        Set<RankingGroup> groups = new LinkedHashSet<>();
        if (form.groupIds() != null) {
            for (Long id : form.groupIds()) {
                RankingGroup g = em.find(RankingGroup.class, id);
                if (g == null) {
                    throw new BusinessRuleException("appraisal.scheme.group.invalid");
                }
                groups.add(g);
            }
        }
        scheme.setGroups(groups);
    }

    /** The default scheme of DOMAIN.md §7 for a calendar year, covering every ranking group. */
    @Transactional
    public Scheme createDefault(String name, int year) {
        user.requireAnyRole(Role.ASSESSOR);
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("appraisal.scheme.name.required");
        }
        requireUniqueName(name, null);
        return DefaultScheme.create(
                em,
                name.trim(),
                year,
                em.createNamedQuery("RankingGroup.all", RankingGroup.class).getResultList());
    }

    /** Next year's scheme: a copy of the tree, thresholds and groups under a new name and period. */
    @Transactional
    public Scheme copy(Long sourceId, String newName, LocalDate from, LocalDate to) {
        user.requireAnyRole(Role.ASSESSOR);
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("appraisal.scheme.name.required");
        }
        requireUniqueName(newName, null);
        Scheme source = find(sourceId);
        Scheme copy = source.copyFor(newName.trim(), from, to);
        em.persist(copy);
        Map<Long, Indicator> copies = new HashMap<>();
        for (Indicator i : treeOrder(em.createNamedQuery("Indicator.ofScheme", Indicator.class)
                .setParameter("schemeId", sourceId)
                .getResultList())) {
            Indicator parent =
                    i.getParent() == null ? null : copies.get(i.getParent().getId());
            Indicator c = i.copyInto(copy, parent);
            em.persist(c);
            copies.put(i.getId(), c);
        }
        em.flush();
        return copy;
    }

    @Transactional
    public Indicator addIndicator(Long schemeId, Long parentId, @Valid IndicatorForm form) {
        user.requireAnyRole(Role.ASSESSOR);
        Scheme scheme = find(schemeId);
        scheme.requireEditable();
        requireUniqueCode(schemeId, form.code(), null);
        Indicator parent = null;
        if (parentId != null) {
            parent = em.find(Indicator.class, parentId);
            if (parent == null || !parent.getScheme().getId().equals(schemeId)) {
                throw new BusinessRuleException("appraisal.indicator.notFound", parentId);
            }
            if (parent.getRuleKind() != null) {
                requireUnused(parent);
                parent.setRule(null); // a leaf that receives children becomes a node
            }
        }
        Indicator indicator =
                new Indicator(scheme, parent, form.code().trim(), form.name().trim(), form.points(), form.sortOrder());
        indicator.describe(form.code().trim(), form.name().trim(), blankToNull(form.description()), form.sortOrder());
        indicator.setRule(form.rule());
        em.persist(indicator);
        em.flush();
        return indicator;
    }

    @Transactional
    public Indicator updateIndicator(Long indicatorId, int expectedVersion, @Valid IndicatorForm form) {
        user.requireAnyRole(Role.ASSESSOR);
        Indicator indicator = findIndicator(indicatorId);
        indicator.checkVersion(expectedVersion);
        indicator.getScheme().requireEditable();
        requireUniqueCode(indicator.getScheme().getId(), form.code(), indicatorId);
        indicator.describe(form.code().trim(), form.name().trim(), blankToNull(form.description()), form.sortOrder());
        indicator.setPoints(form.points());
        boolean hasChildren = !em.createNamedQuery("Indicator.children", Indicator.class)
                .setParameter("parentId", indicatorId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (hasChildren && form.ruleKind() != null) {
            throw new BusinessRuleException("appraisal.indicator.ruleOnNode");
        }
        indicator.setRule(form.rule());
        em.flush();
        return indicator;
    }

    /** Removes an indicator and its sub-indicators, unless a run has scores for them. */
    @Transactional
    public void removeIndicator(Long indicatorId) {
        user.requireAnyRole(Role.ASSESSOR);
        Indicator indicator = findIndicator(indicatorId);
        indicator.getScheme().requireEditable();
        List<Indicator> subtree = new ArrayList<>();
        collect(indicator, subtree);
        for (Indicator i : subtree) {
            requireUnused(i);
        }
        // children before parents: the parent_id foreign key
        for (int k = subtree.size() - 1; k >= 0; k--) {
            em.remove(subtree.get(k));
            em.flush();
        }
    }

    private void collect(Indicator node, List<Indicator> into) {
        into.add(node);
        for (Indicator c : em.createNamedQuery("Indicator.children", Indicator.class)
                .setParameter("parentId", node.getId())
                .getResultList()) {
            collect(c, into);
        }
    }

    private void requireUnused(Indicator i) {
        Number used = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM appraisal_run_indicator s"
                        + " WHERE s.indicator_id = ?1) + (SELECT COUNT(*) FROM appraisal_adjustment a WHERE a.indicator_id = ?1)"
                        + " + (SELECT COUNT(*) FROM appraisal_objection o WHERE o.indicator_id = ?1)")
                .setParameter(1, i.getId())
                .getSingleResult();
        if (used.longValue() > 0) {
            throw new BusinessRuleException("appraisal.indicator.inUse", i.getCode());
        }
    }

    Scheme find(Long schemeId) {
        Scheme scheme = schemeId == null ? null : em.find(Scheme.class, schemeId);
        if (scheme == null) {
            throw new BusinessRuleException("appraisal.scheme.notFound", schemeId);
        }
        return scheme;
    }

    private Indicator findIndicator(Long indicatorId) {
        Indicator indicator = indicatorId == null ? null : em.find(Indicator.class, indicatorId);
        if (indicator == null) {
            throw new BusinessRuleException("appraisal.indicator.notFound", indicatorId);
        }
        return indicator;
    }

    private void requireUniqueName(String name, Long exceptId) {
        em.createNamedQuery("Scheme.byName", Scheme.class)
                .setParameter("name", name.trim())
                .getResultStream()
                .filter(s -> !s.getId().equals(exceptId))
                .findFirst()
                .ifPresent(s -> {
                    throw new BusinessRuleException("appraisal.scheme.name.duplicate", name);
                });
    }

    private void requireUniqueCode(Long schemeId, String code, Long exceptId) {
        for (Indicator i : em.createNamedQuery("Indicator.ofScheme", Indicator.class)
                .setParameter("schemeId", schemeId)
                .getResultList()) {
            if (i.getCode().equals(code.trim()) && !i.getId().equals(exceptId)) {
                throw new BusinessRuleException("appraisal.indicator.code.duplicate", code);
            }
        }
    }

    /** The scheme as the scoring engine sees it. */
    static SchemeSpec spec(EntityManager em, Scheme scheme) {
        List<Indicator> indicators = treeOrder(em.createNamedQuery("Indicator.ofScheme", Indicator.class)
                .setParameter("schemeId", scheme.getId())
                .getResultList());
        return new SchemeSpec(indicators.stream().map(Indicator::toSpec).toList(), scheme.gradePolicy());
    }

    /** Pre-order: each parent, then its children by sort order (input sorted by level, sort order). */
    static List<Indicator> treeOrder(List<Indicator> indicators) {
        Map<Long, List<Indicator>> children = new HashMap<>();
        List<Indicator> roots = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.getParent() == null) {
                roots.add(i);
            } else {
                children.computeIfAbsent(i.getParent().getId(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Indicator> ordered = new ArrayList<>(indicators.size());
        for (Indicator r : roots) {
            walk(r, children, ordered);
        }
        return ordered;
    }

    private static void walk(Indicator node, Map<Long, List<Indicator>> children, List<Indicator> into) {
        into.add(node);
        for (Indicator c : children.getOrDefault(node.getId(), List.of())) {
            walk(c, children, into);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
