package org.kaocheng.appraisal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaocheng.appraisal.application.MetricCatalog;
import org.kaocheng.appraisal.application.SchemeService;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.appraisal.domain.scoring.RuleKind;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.SchemeProblem;
import org.kaocheng.appraisal.domain.scoring.Tier;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.RankingGroup;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The scheme editor: header, indicator tree (p:treeTable) with rules, and the tree check. */
@Named
@ViewScoped
public class SchemeEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchemeService schemes;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    @Inject
    MetricCatalog catalog;

    /** One node of the tree table. */
    public record Row(
            Long id,
            int version,
            String code,
            String name,
            int level,
            BigDecimal points,
            boolean leaf,
            RuleSpec rule,
            List<String> problems)
            implements Serializable {}

    private Long id;
    private Scheme scheme;
    private TreeNode<Row> root;
    private SchemeService.CheckResult check;

    // header
    private String name;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private Long[] groupIds;
    private BigDecimal excellentMin;
    private BigDecimal goodMin;
    private BigDecimal passMin;
    private BigDecimal excellentQuota;
    private int objectionDays;

    // indicator dialog
    private Long editingId;
    private int editingVersion;
    /**
     * The scheme's version when its header fields were loaded or saved: the tree reloads the
     * scheme after each indicator change, and saving the header with that fresher version would
     * silently overwrite another assessor's header saved meanwhile.
     */
    private int headerVersion;

    private Long parentId;
    private String code;
    private String indicatorName;
    private String description;
    private BigDecimal points;
    private int sortOrder;
    private RuleKind ruleKind;
    private String metricCode;
    private BigDecimal floor;
    private BigDecimal perOccurrence;
    private BigDecimal vetoThreshold;
    private String tiers;
    private boolean lowerIsBetter;
    private BigDecimal totalThreshold;

    public void load() {
        scheme = schemes.get(id);
        name = scheme.getName();
        periodFrom = scheme.getPeriodFrom();
        periodTo = scheme.getPeriodTo();
        groupIds = scheme.getGroups().stream().map(RankingGroup::getId).toArray(Long[]::new);
        excellentMin = scheme.getExcellentMin();
        goodMin = scheme.getGoodMin();
        passMin = scheme.getPassMin();
        excellentQuota = scheme.getExcellentQuota();
        objectionDays = scheme.getObjectionDays();
        headerVersion = scheme.getVersion();
        reloadTree();
    }

    private void reloadTree() {
        scheme = schemes.get(id);
        check = schemes.check(id);
        Map<Long, List<String>> problems = new HashMap<>();
        for (SchemeProblem p : check.errors()) {
            problems.computeIfAbsent(p.indicatorId(), k -> new java.util.ArrayList<>())
                    .add(Messages.text(p.messageKey(), p.args()));
        }
        for (SchemeProblem p : check.warnings()) {
            problems.computeIfAbsent(p.indicatorId(), k -> new java.util.ArrayList<>())
                    .add(Messages.text(p.messageKey(), p.args()));
        }
        List<Indicator> indicators = schemes.indicators(id);
        Set<Long> parents = new LinkedHashSet<>();
        indicators.forEach(i -> {
            if (i.getParent() != null) {
                parents.add(i.getParent().getId());
            }
        });
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<Row>> nodes = new HashMap<>();
        for (Indicator i : indicators) {
            Row row = new Row(
                    i.getId(),
                    i.getVersion(),
                    i.getCode(),
                    i.getName(),
                    i.getLevel(),
                    i.getPoints(),
                    !parents.contains(i.getId()),
                    i.getRule(),
                    problems.getOrDefault(i.getId(), List.of()));
            TreeNode<Row> parent =
                    i.getParent() == null ? root : nodes.get(i.getParent().getId());
            TreeNode<Row> node = new DefaultTreeNode<>(row, parent);
            node.setExpanded(true);
            nodes.put(i.getId(), node);
        }
    }

    public boolean isEditable() {
        return user.hasRole(Role.ASSESSOR) && scheme != null && !scheme.isFrozen();
    }

    public List<RankingGroup> getGroups() {
        return units.rankingGroups();
    }

    public RuleKind[] getRuleKinds() {
        return RuleKind.values();
    }

    /** Problems of the whole scheme (not tied to one indicator). */
    public List<String> getSchemeProblems() {
        return check.errors().stream()
                .filter(p -> p.indicatorId() == null)
                .map(p -> Messages.text(p.messageKey(), p.args()))
                .toList();
    }

    public void saveHeader() {
        scheme = schemes.update(
                id,
                headerVersion,
                new SchemeService.SchemeForm(
                        name,
                        periodFrom,
                        periodTo,
                        groupIds == null ? Set.of() : Set.of(groupIds),
                        excellentMin,
                        goodMin,
                        passMin,
                        excellentQuota,
                        objectionDays));
        headerVersion = scheme.getVersion();
        Messages.info("appraisal.saved");
        reloadTree();
    }

    public void newIndicator(Long parent) {
        editingId = null;
        parentId = parent;
        code = null;
        indicatorName = null;
        description = null;
        points = null;
        sortOrder = 1;
        ruleKind = null;
        metricCode = null;
        floor = null;
        perOccurrence = null;
        vetoThreshold = null;
        tiers = null;
        lowerIsBetter = false;
        totalThreshold = null;
    }

    public void editIndicator(Row row) {
        Indicator i = schemes.indicators(id).stream()
                .filter(x -> x.getId().equals(row.id()))
                .findFirst()
                .orElseThrow();
        SchemeService.IndicatorForm f = SchemeService.IndicatorForm.of(i);
        editingId = i.getId();
        editingVersion = i.getVersion();
        parentId = i.getParent() == null ? null : i.getParent().getId();
        code = f.code();
        indicatorName = f.name();
        description = f.description();
        points = f.points();
        sortOrder = f.sortOrder();
        ruleKind = f.ruleKind();
        metricCode = f.metricCode();
        floor = f.floor();
        perOccurrence = f.perOccurrence();
        vetoThreshold = f.vetoThreshold();
        // a rate's bands are edited in per cent, as sheets write them (95%:10, stored as 0.95:10)
        tiers = f.tiers() != null && catalog.rates().contains(f.metricCode())
                ? Tier.formatPercent(Tier.parse(f.tiers()))
                : f.tiers();
        lowerIsBetter = f.lowerIsBetter();
        totalThreshold = f.totalThreshold();
    }

    public void saveIndicator() {
        SchemeService.IndicatorForm form = new SchemeService.IndicatorForm(
                code,
                indicatorName,
                description,
                points,
                sortOrder,
                ruleKind,
                metricCode,
                floor,
                perOccurrence,
                vetoThreshold,
                tiers,
                lowerIsBetter,
                totalThreshold);
        if (editingId == null) {
            schemes.addIndicator(id, parentId, form);
        } else {
            schemes.updateIndicator(editingId, editingVersion, form);
        }
        Messages.info("appraisal.saved");
        reloadTree();
    }

    public void removeIndicator(Row row) {
        schemes.removeIndicator(row.id());
        Messages.info("appraisal.removed");
        reloadTree();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public TreeNode<Row> getRoot() {
        return root;
    }

    public SchemeService.CheckResult getCheck() {
        return check;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public Long[] getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(Long[] groupIds) {
        this.groupIds = groupIds;
    }

    public BigDecimal getExcellentMin() {
        return excellentMin;
    }

    public void setExcellentMin(BigDecimal excellentMin) {
        this.excellentMin = excellentMin;
    }

    public BigDecimal getGoodMin() {
        return goodMin;
    }

    public void setGoodMin(BigDecimal goodMin) {
        this.goodMin = goodMin;
    }

    public BigDecimal getPassMin() {
        return passMin;
    }

    public void setPassMin(BigDecimal passMin) {
        this.passMin = passMin;
    }

    public BigDecimal getExcellentQuota() {
        return excellentQuota;
    }

    public void setExcellentQuota(BigDecimal excellentQuota) {
        this.excellentQuota = excellentQuota;
    }

    public int getObjectionDays() {
        return objectionDays;
    }

    public void setObjectionDays(int objectionDays) {
        this.objectionDays = objectionDays;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public void setIndicatorName(String indicatorName) {
        this.indicatorName = indicatorName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public RuleKind getRuleKind() {
        return ruleKind;
    }

    public void setRuleKind(RuleKind ruleKind) {
        this.ruleKind = ruleKind;
    }

    public String getMetricCode() {
        return metricCode;
    }

    public void setMetricCode(String metricCode) {
        this.metricCode = metricCode;
    }

    /** The floor as the form shows it, in per cent (60 for a floor of 0.6), as score sheets write rates. */
    public BigDecimal getFloorPercent() {
        return floor == null ? null : floor.movePointRight(2).stripTrailingZeros();
    }

    public void setFloorPercent(BigDecimal percent) {
        this.floor = percent == null ? null : percent.movePointLeft(2);
    }

    public BigDecimal getPerOccurrence() {
        return perOccurrence;
    }

    public void setPerOccurrence(BigDecimal perOccurrence) {
        this.perOccurrence = perOccurrence;
    }

    public BigDecimal getVetoThreshold() {
        return vetoThreshold;
    }

    public void setVetoThreshold(BigDecimal vetoThreshold) {
        this.vetoThreshold = vetoThreshold;
    }

    public String getTiers() {
        return tiers;
    }

    public void setTiers(String tiers) {
        this.tiers = tiers;
    }

    public boolean isLowerIsBetter() {
        return lowerIsBetter;
    }

    public void setLowerIsBetter(boolean lowerIsBetter) {
        this.lowerIsBetter = lowerIsBetter;
    }

    public BigDecimal getTotalThreshold() {
        return totalThreshold;
    }

    public void setTotalThreshold(BigDecimal totalThreshold) {
        this.totalThreshold = totalThreshold;
    }
}
