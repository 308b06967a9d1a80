package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaocheng.appraisal.domain.Adjustment;
import org.kaocheng.appraisal.domain.AppraisalRun;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.appraisal.domain.Objection;
import org.kaocheng.appraisal.domain.ObjectionFile;
import org.kaocheng.appraisal.domain.ObjectionStatus;
import org.kaocheng.appraisal.domain.RunStatus;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.appraisal.domain.scoring.Entry;
import org.kaocheng.appraisal.domain.scoring.IndicatorScore;
import org.kaocheng.appraisal.domain.scoring.IndicatorSpec;
import org.kaocheng.appraisal.domain.scoring.MetricValues;
import org.kaocheng.appraisal.domain.scoring.SchemeCheck;
import org.kaocheng.appraisal.domain.scoring.SchemeProblem;
import org.kaocheng.appraisal.domain.scoring.SchemeSpec;
import org.kaocheng.appraisal.domain.scoring.ScoringEngine;
import org.kaocheng.appraisal.domain.scoring.UnitInput;
import org.kaocheng.appraisal.domain.scoring.UnitScore;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;
import org.kaocheng.calendar.application.WorkingDayCalendar;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.selfcheck.application.EvidenceService;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * Appraisal runs: computing a scheme for a period, assessors' adjustments, what-if previews,
 * review with units' objections, publication and revisions.
 *
 * <p>Who sees what: assessors see and change every run; a unit operator sees only their own
 * unit's sheet, and only once the run is under review; viewers read published results.
 */
@ApplicationScoped
public class AppraisalService {

    private static final Set<RunStatus> VISIBLE_TO_UNITS = EnumSet.of(RunStatus.UNDER_REVIEW, RunStatus.PUBLISHED);

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MetricCatalog catalog;

    @Inject
    EvidenceService evidence;

    @Inject
    Instance<WorkingDayCalendar> calendars;

    Clock clock = Clock.systemDefaultZone();

    /** The outcome of a what-if preview: the tree's problems with the new points, and the moves. */
    public record WhatIf(List<SchemeProblem> problems, List<WhatIfRow> rows) implements java.io.Serializable {}

    // ---------------------------------------------------------------- reading

    /** The runs the user may see, newest first. */
    public List<RunInfo> runs() {
        user.requireAnyRole(Role.ASSESSOR, Role.VIEWER, Role.UNIT_OPERATOR);
        List<AppraisalRun> runs;
        if (user.hasRole(Role.ASSESSOR)) {
            runs = em.createNamedQuery("AppraisalRun.all", AppraisalRun.class).getResultList();
        } else {
            Set<RunStatus> statuses =
                    user.hasRole(Role.UNIT_OPERATOR) ? VISIBLE_TO_UNITS : EnumSet.of(RunStatus.PUBLISHED);
            runs = em.createNamedQuery("AppraisalRun.visible", AppraisalRun.class)
                    .setParameter("statuses", statuses)
                    .getResultList();
        }
        return runs.stream().map(RunInfo::of).toList();
    }

    /** Runs under review whose objection period is still open (dashboard reminders). */
    public List<RunInfo> openForObjections() {
        if (!user.hasAnyRole(Role.ASSESSOR, Role.UNIT_OPERATOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery("AppraisalRun.visible", AppraisalRun.class)
                .setParameter("statuses", EnumSet.of(RunStatus.UNDER_REVIEW))
                .getResultStream()
                .filter(r -> r.acceptsObjectionsOn(today))
                .map(RunInfo::of)
                .toList();
    }

    /** Objections waiting for an answer, for assessors (dashboard). */
    /** Objections of one run still waiting for an answer (counted by the database), for assessors. */
    public long openObjectionCount(Long runId) {
        if (!user.hasRole(Role.ASSESSOR)) {
            return 0;
        }
        return em.createNamedQuery("Objection.countOpen", Long.class)
                .setParameter("runId", runId)
                .setParameter("status", ObjectionStatus.OPEN)
                .getSingleResult();
    }

    public long openObjectionCount() {
        if (!user.hasRole(Role.ASSESSOR)) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.status = :status", Long.class)
                .setParameter("status", ObjectionStatus.OPEN)
                .getSingleResult();
    }

    public RunInfo run(Long runId) {
        AppraisalRun run = find(runId);
        requireRunRead(run);
        return RunInfo.of(run);
    }

    /** Assessors, viewers of a published run, and units once the run is under review. */
    private void requireRunRead(AppraisalRun run) {
        if (!canReadRanking(run)
                && !(user.getOperatorUnitId().isPresent() && VISIBLE_TO_UNITS.contains(run.getStatus()))) {
            throw new AccessDeniedException("run " + run.getId());
        }
    }

    /** The ranking groups of a run's scheme, in group order. */
    public List<RankingGroup> groups(Long runId) {
        AppraisalRun run = find(runId);
        requireRankingRead(run);
        List<RankingGroup> groups = new ArrayList<>(run.getScheme().getGroups());
        groups.sort(
                java.util.Comparator.comparingInt(RankingGroup::getSortOrder).thenComparing(RankingGroup::getName));
        return groups;
    }

    /**
     * The level-1 indicators the run scored (the columns of its ranking), in scheme order: one added
     * to the (still editable) scheme after the run was computed has no score in it until the run is
     * computed again.
     */
    public List<Indicator> levelOne(Long runId) {
        AppraisalRun run = find(runId);
        requireRunRead(run);
        return levelOne(run, indicators(run));
    }

    private List<Indicator> levelOne(AppraisalRun run, List<Indicator> indicators) {
        Set<Long> scored = ResultStore.scoredIndicators(em, run.getId());
        return indicators.stream()
                .filter(i -> i.getParent() == null && scored.contains(i.getId()))
                .toList();
    }

    /** A page of the ranking of one group (null: all groups), by group and position. */
    public Page<RankingRow> ranking(Long runId, Long groupId, PageRequest request) {
        AppraisalRun run = find(runId);
        requireRankingRead(run);
        return ResultStore.ranking(
                em, runId, groupId, request.first(), request.size(), levelOneIds(run, indicators(run)));
    }

    /** A unit's sheet with every indicator explained. */
    public ScoreSheet sheet(Long runId, Long unitId) {
        AppraisalRun run = find(runId);
        requireSheetRead(run, unitId);
        List<Indicator> indicators = indicators(run);
        ResultStore.UnitResult stored = ResultStore.unitResult(em, runId, unitId, levelOneIds(run, indicators));
        if (stored == null) {
            throw new BusinessRuleException("appraisal.run.unitNotInRun", unitId);
        }
        RankingRow result = stored.row();
        Map<Long, IndicatorScore> scores = stored.scores();
        Map<Long, Adjustment> adjustments = new HashMap<>();
        for (Adjustment a : em.createNamedQuery("Adjustment.ofRunAndUnit", Adjustment.class)
                .setParameter("runId", runId)
                .setParameter("unitId", unitId)
                .getResultList()) {
            adjustments.put(a.getIndicator().getId(), a);
        }
        Set<Long> parents = new LinkedHashSet<>();
        indicators.forEach(i -> {
            if (i.getParent() != null) {
                parents.add(i.getParent().getId());
            }
        });
        List<SheetLine> lines = new ArrayList<>();
        for (Indicator i : indicators) {
            IndicatorScore s = scores.get(i.getId());
            if (s == null) {
                continue; // added to the scheme after the run was computed
            }
            Adjustment a = adjustments.get(i.getId());
            lines.add(new SheetLine(
                    i.getId(),
                    i.getCode(),
                    i.getName(),
                    i.getLevel(),
                    !parents.contains(i.getId()),
                    s.points(),
                    s.score(),
                    s.lost(),
                    s.metricValue(),
                    i.getMetricCode(),
                    i.getRuleKind(),
                    i.getRule(),
                    s.veto(),
                    s.note(),
                    s.formula(),
                    a == null ? null : a.getReason(),
                    a == null ? null : a.getAdjustedBy(),
                    a == null ? null : a.getVersion()));
        }
        return new ScoreSheet(
                runId,
                run.getScheme().getName(),
                run.getRevision(),
                run.getStatus(),
                run.getPeriodFrom(),
                run.getPeriodTo(),
                run.getObjectionDeadline(),
                result,
                lines);
    }

    /** The records behind a unit's value of an indicator's metric (the late items, the leavers...). */
    public List<MetricRecord> records(Long runId, Long unitId, Long indicatorId) {
        AppraisalRun run = find(runId);
        requireSheetRead(run, unitId);
        Indicator indicator = indicatorOf(run, indicatorId);
        if (indicator.getMetricCode() == null) {
            return List.of();
        }
        if (RecordSnapshot.exists(em, runId)) {
            return RecordSnapshot.read(em, runId, unitId, indicator.getMetricCode());
        }
        Optional<MetricSource> source = catalog.sourceOf(indicator.getMetricCode());
        return source.map(s -> s.records(indicator.getMetricCode(), unitId, run.getPeriodFrom(), run.getPeriodTo()))
                .orElse(List.of());
    }

    public List<ObjectionRow> objections(Long runId) {
        AppraisalRun run = find(runId);
        List<Objection> list;
        if (user.hasRole(Role.ASSESSOR)) {
            list = em.createNamedQuery("Objection.ofRun", Objection.class)
                    .setParameter("runId", runId)
                    .getResultList();
        } else {
            Long own = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("objections"));
            requireSheetRead(run, own);
            list = em.createNamedQuery("Objection.ofRunAndUnit", Objection.class)
                    .setParameter("runId", runId)
                    .setParameter("unitId", own)
                    .getResultList();
        }
        Map<Long, List<ObjectionRow.AttachedFile>> files = filesOf(list);
        return list.stream()
                .map(o -> ObjectionRow.of(o, files.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    /** The largest file an objection takes: self-check evidence's limit, as the file is kept like evidence. */
    public long objectionFileMaxBytes() {
        return evidence.maxBytes();
    }

    /**
     * The filing unit attaches a file to its open objection while the objection period runs;
     * the file is checked and kept like self-check evidence (type by content, SHA-256).
     */
    @Transactional
    public ObjectionRow.AttachedFile attachObjectionFile(Long objectionId, String fileName, InputStream content) {
        Objection objection = objectionId == null ? null : em.find(Objection.class, objectionId);
        if (objection == null) {
            throw new AccessDeniedException("no such objection " + objectionId);
        }
        user.requireWrite(objection.getUnit().getId());
        long sofar = em.createNamedQuery("ObjectionFile.countOf", Long.class)
                .setParameter("objectionId", objectionId)
                .getSingleResult();
        ObjectionFile.requireAttachable(objection, sofar, now().toLocalDate());
        EvidenceService.StoredFile stored = evidence.storeFile(fileName, content);
        ObjectionFile file = new ObjectionFile(
                objection,
                sofar,
                stored.displayName(),
                stored.storedName(),
                stored.type(),
                stored.size(),
                stored.sha256(),
                username(),
                now());
        em.persist(file);
        em.flush();
        return ObjectionRow.AttachedFile.of(file);
    }

    /** A file attached to an objection, for the unit that filed it and assessors, checked against its SHA-256. */
    public ObjectionFileDownload objectionFile(Long fileId) {
        ObjectionFile file = fileId == null ? null : em.find(ObjectionFile.class, fileId);
        if (file == null) {
            throw new AccessDeniedException("no such objection file " + fileId);
        }
        Objection objection = file.getObjection();
        if (!user.hasRole(Role.ASSESSOR)) {
            Long own = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("objection file"));
            if (!own.equals(objection.getUnit().getId())) {
                throw new AccessDeniedException("objection file " + fileId + " of another unit");
            }
            requireSheetRead(objection.getRun(), own);
        }
        return new ObjectionFileDownload(
                file.getDisplayName(),
                file.getFileType().getMediaType(),
                file.getSizeBytes(),
                evidence.verifiedPath(file.getStoredName(), file.getSha256(), file.getDisplayName()));
    }

    // ---------------------------------------------------------------- computing

    /** Computes a new draft run of the scheme for the period (the scheme's when null). */
    @Transactional
    public RunInfo compute(Long schemeId, LocalDate from, LocalDate to) {
        user.requireAnyRole(Role.ASSESSOR);
        Scheme scheme = em.find(Scheme.class, schemeId);
        if (scheme == null) {
            throw new BusinessRuleException("appraisal.scheme.notFound", schemeId);
        }
        SchemeSpec spec = SchemeService.spec(em, scheme);
        List<SchemeProblem> problems = SchemeCheck.problems(spec);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("appraisal.scheme.invalid", problems.size());
        }
        if (scheme.getGroups().isEmpty()) {
            throw new BusinessRuleException("appraisal.scheme.noGroups");
        }
        LocalDate periodFrom = from == null ? scheme.getPeriodFrom() : from;
        LocalDate periodTo = to == null ? scheme.getPeriodTo() : to;
        AppraisalRun run = new AppraisalRun(scheme, periodFrom, periodTo, now(), username());
        run.computedWith(spec.fingerprint());
        em.persist(run);
        em.flush();
        List<UnitInput> units = unitsInScope(scheme, periodFrom);
        rescore(run, spec, units, fetchMetrics(run, spec, units));
        em.flush();
        return RunInfo.of(run);
    }

    /** Fetches the metric values again (the records changed) and recomputes; draft runs only. */
    @Transactional
    public RunInfo refresh(Long runId) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        if (run.getStatus() != RunStatus.DRAFT) {
            throw new BusinessRuleException("appraisal.run.status.invalid", run.getStatus());
        }
        SchemeSpec spec = validSpec(run);
        List<UnitInput> units = storedUnits(runId);
        ResultStore.deleteMetrics(em, runId);
        RecordSnapshot.delete(em, runId);
        MetricValues values = fetchMetrics(run, spec, units);
        run.recomputed(now(), username());
        run.computedWith(spec.fingerprint());
        rescore(run, spec, units, values);
        em.flush();
        return RunInfo.of(run);
    }

    /**
     * SQL aggregates for all units (MetricSource.values), stored with the run. Each source gets all
     * of its metrics in one call, so that metrics read from one statement (a capability's counts
     * per unit) cost one statement, not one each. Returns the values stored, for scoring them.
     */
    private MetricValues fetchMetrics(AppraisalRun run, SchemeSpec spec, List<UnitInput> units) {
        Set<Long> unitIds = new LinkedHashSet<>();
        units.forEach(u -> unitIds.add(u.unitId()));
        Set<String> codes = new LinkedHashSet<>();
        for (IndicatorSpec i : spec.indicators()) {
            String code = i.rule() == null ? null : i.rule().metricCode();
            if (code != null) {
                codes.add(code);
            }
        }
        Map<String, Map<Long, BigDecimal>> fetched = new HashMap<>();
        catalog.bySource(codes)
                .forEach((source, own) -> fetched.putAll(source.values(own, run.getPeriodFrom(), run.getPeriodTo())));
        Map<String, Boolean> available = new LinkedHashMap<>();
        Map<String, Map<Long, BigDecimal>> values = new LinkedHashMap<>();
        for (String code : codes) {
            Map<Long, BigDecimal> all = fetched.get(code);
            available.put(code, all != null);
            if (all != null) {
                Map<Long, BigDecimal> perUnit = new HashMap<>();
                all.forEach((unitId, v) -> {
                    if (unitIds.contains(unitId) && v != null) {
                        perUnit.put(unitId, v);
                    }
                });
                values.put(code, perUnit);
            }
        }
        ResultStore.storeMetrics(em, run.getId(), available, values);
        return new MetricValues(values.keySet(), values); // a metric has values when its source answered
    }

    /** Scores the run again from its stored metric values (after an adjustment, an answer, a revision). */
    private void rescore(AppraisalRun run, SchemeSpec spec, List<UnitInput> units) {
        rescore(run, spec, units, ResultStore.loadMetrics(em, run.getId()));
    }

    private void rescore(AppraisalRun run, SchemeSpec spec, List<UnitInput> units, MetricValues values) {
        List<UnitScore> scores =
                ScoringEngine.score(spec, units, values.withRates(catalog.rates()), entries(run.getId()));
        ResultStore.replaceResults(em, run.getId(), scores);
    }

    /**
     * Sets a manual score or corrects an automatic one for a unit, with a reason (audited), and
     * recomputes the totals and ranking.
     */
    @Transactional
    public void adjust(Long runId, Long unitId, Long indicatorId, BigDecimal score, String reason) {
        adjust(runId, unitId, indicatorId, score, reason, (Seen) null);
    }

    /**
     * As {@link #adjust(Long, Long, Long, BigDecimal, String)} from a sheet that showed the
     * indicator's adjustment at {@code seenVersion} (null: none): refused as a stale edit when
     * another assessor adjusted it since, instead of replacing their score and reason unseen.
     */
    @Transactional
    public void adjust(
            Long runId, Long unitId, Long indicatorId, BigDecimal score, String reason, Integer seenVersion) {
        adjust(runId, unitId, indicatorId, score, reason, new Seen(seenVersion));
    }

    /** The version of the adjustment a sheet showed (null: none), for a stale sheet to be refused. */
    private record Seen(Integer version) {}

    private void adjust(Long runId, Long unitId, Long indicatorId, BigDecimal score, String reason, Seen seen) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        run.requireChangeable();
        SchemeSpec spec = unchangedSpec(run);
        setAdjustment(run, unitId, indicatorId, score, reason, seen);
        run.recomputed(now(), username());
        rescore(run, spec, storedUnits(runId));
        em.flush();
    }

    /** One score of several set at once (e.g. a column of manual scores). */
    public record AdjustmentForm(Long unitId, Long indicatorId, BigDecimal score, String reason) {}

    /** Sets several scores, each with its reason, and recomputes once. */
    @Transactional
    public void adjustAll(Long runId, List<AdjustmentForm> forms) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        run.requireChangeable();
        SchemeSpec spec = unchangedSpec(run);
        for (AdjustmentForm form : forms) {
            setAdjustment(run, form.unitId(), form.indicatorId(), form.score(), form.reason(), null);
        }
        run.recomputed(now(), username());
        rescore(run, spec, storedUnits(runId));
        em.flush();
    }

    /** Sets the unit's score of the indicator; with {@code seen}, only over the adjustment the sheet showed. */
    private void setAdjustment(
            AppraisalRun run, Long unitId, Long indicatorId, BigDecimal score, String reason, Seen seen) {
        Indicator indicator = indicatorOf(run, indicatorId);
        if (storedUnits(run.getId()).stream().noneMatch(u -> u.unitId().equals(unitId))) {
            throw new BusinessRuleException("appraisal.run.unitNotInRun", unitId);
        }
        Adjustment adjustment = em.createNamedQuery("Adjustment.find", Adjustment.class)
                .setParameter("runId", run.getId())
                .setParameter("unitId", unitId)
                .setParameter("indicatorId", indicatorId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (seen != null && !Objects.equals(seen.version(), adjustment == null ? null : adjustment.getVersion())) {
            throw new jakarta.persistence.OptimisticLockException(adjustment);
        }
        if (adjustment == null) {
            adjustment = new Adjustment(run, em.find(Unit.class, unitId), indicator);
            adjustment.set(score, reason, username(), now());
            em.persist(adjustment);
        } else {
            adjustment.set(score, reason, username(), now());
        }
        em.flush();
    }

    /**
     * How ranks would move if indicators had other points. The stored metric values and
     * adjustments are used; nothing is saved.
     */
    public WhatIf whatIf(Long runId, Map<Long, BigDecimal> points) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        SchemeSpec spec = SchemeService.spec(em, run.getScheme());
        SchemeSpec preview = spec.withPoints(points);
        List<UnitInput> units = storedUnits(runId);
        MetricValues metrics = ResultStore.loadMetrics(em, runId).withRates(catalog.rates());
        Map<Long, Map<Long, Entry>> entries = entries(runId);
        Map<Long, UnitScore> current = new HashMap<>();
        ScoringEngine.score(spec, units, metrics, entries)
                .forEach(u -> current.put(u.unit().unitId(), u));
        Map<Long, String> groupNames = new HashMap<>();
        run.getScheme().getGroups().forEach(g -> groupNames.put(g.getId(), g.getName()));
        List<WhatIfRow> rows = new ArrayList<>();
        for (UnitScore p : ScoringEngine.score(preview, units, metrics, entries)) {
            UnitScore c = current.get(p.unit().unitId());
            rows.add(new WhatIfRow(
                    p.unit().unitId(),
                    p.unit().unitCode(),
                    p.unit().unitName(),
                    groupNames.get(p.unit().groupId()),
                    c.total(),
                    p.total(),
                    c.rank(),
                    p.rank(),
                    c.grade(),
                    p.grade()));
        }
        return new WhatIf(SchemeCheck.problems(preview), rows);
    }

    // ---------------------------------------------------------------- workflow

    /**
     * Units see their provisional sheet and may object within the scheme's working days (counted
     * by the working-day calendar when one is deployed, else calendar days); 0 days means no
     * objection period.
     */
    @Transactional
    public RunInfo startReview(Long runId) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        unchangedSpec(run);
        LocalDate today = LocalDate.now(clock);
        int days = run.getScheme().getObjectionDays();
        // 0 days: no objection period, the run may be published at once
        LocalDate deadline = days == 0
                ? null
                : calendars != null && calendars.isResolvable()
                        ? calendars.get().addWorkingDays(today, days).date()
                        : today.plusDays(days);
        run.startReview(today, deadline);
        em.flush();
        return RunInfo.of(run);
    }

    @Transactional
    public RunInfo backToDraft(Long runId) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        run.backToDraft();
        em.flush();
        return RunInfo.of(run);
    }

    /** A unit operator objects to one indicator of their own unit's sheet, with evidence. */
    @Transactional
    public ObjectionRow fileObjection(Long runId, Long unitId, Long indicatorId, String evidence) {
        user.requireWrite(unitId);
        AppraisalRun run = find(runId);
        Indicator indicator = indicatorOf(run, indicatorId);
        if (storedUnits(runId).stream().noneMatch(u -> u.unitId().equals(unitId))) {
            throw new BusinessRuleException("appraisal.run.unitNotInRun", unitId);
        }
        Objection objection = new Objection(run, em.find(Unit.class, unitId), indicator, evidence, username(), now());
        em.persist(objection);
        em.flush();
        return ObjectionRow.of(objection, List.of());
    }

    /**
     * An assessor answers an objection. Accepting it with a corrected score sets that score
     * (the answer is the adjustment's reason) and recomputes the ranking.
     */
    @Transactional
    public ObjectionRow answerObjection(
            Long objectionId, int expectedVersion, boolean accepted, String answer, BigDecimal correctedScore) {
        user.requireAnyRole(Role.ASSESSOR);
        Objection objection = em.find(Objection.class, objectionId);
        if (objection == null) {
            throw new BusinessRuleException("appraisal.objection.notFound", objectionId);
        }
        objection.checkVersion(expectedVersion);
        if (accepted
                && correctedScore != null
                && answer != null
                && answer.strip().length() > Adjustment.MAX_REASON) {
            // the answer becomes the adjustment's reason, whose column is shorter than the answer's: refused
            // here with a message that says so, rather than cut (the reason would no longer be the answer)
            throw new BusinessRuleException("appraisal.objection.answer.tooLongForReason", Adjustment.MAX_REASON);
        }
        objection.answer(accepted, answer, username(), now());
        if (accepted && correctedScore != null) {
            AppraisalRun run = objection.getRun();
            setAdjustment(
                    run, objection.getUnit().getId(), objection.getIndicator().getId(), correctedScore, answer, null);
            run.recomputed(now(), username());
            rescore(run, validSpec(run), storedUnits(run.getId()));
        }
        em.flush();
        return ObjectionRow.of(objection, filesOf(List.of(objection)).getOrDefault(objection.getId(), List.of()));
    }

    /** The files attached to these objections (and no others), by objection id. */
    private Map<Long, List<ObjectionRow.AttachedFile>> filesOf(List<Objection> objections) {
        Map<Long, List<ObjectionRow.AttachedFile>> files = new HashMap<>();
        if (objections.isEmpty()) {
            return files;
        }
        for (ObjectionFile f : em.createNamedQuery("ObjectionFile.ofObjections", ObjectionFile.class)
                .setParameter(
                        "objectionIds",
                        objections.stream().map(Objection::getId).toList())
                .getResultList()) {
            files.computeIfAbsent(f.getObjection().getId(), k -> new ArrayList<>())
                    .add(ObjectionRow.AttachedFile.of(f));
        }
        return files;
    }

    /**
     * Publishes a run under review once the objection period is over and every objection is
     * answered; the scheme is frozen and a revised run replaces the one it revises.
     */
    @Transactional
    public RunInfo publish(Long runId) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        long open = em.createNamedQuery("Objection.countOpen", Long.class)
                .setParameter("runId", runId)
                .setParameter("status", ObjectionStatus.OPEN)
                .getSingleResult();
        if (open > 0) {
            throw new BusinessRuleException("appraisal.run.publish.openObjections", open);
        }
        unchangedSpec(run);
        LocalDate today = LocalDate.now(clock);
        if (run.getObjectionDeadline() != null && !today.isAfter(run.getObjectionDeadline())) {
            throw new BusinessRuleException("appraisal.run.publish.beforeDeadline", run.getObjectionDeadline());
        }
        if (!RecordSnapshot.exists(em, runId)) {
            Set<String> codes = new LinkedHashSet<>();
            indicators(run).forEach(i -> {
                if (i.getMetricCode() != null) {
                    codes.add(i.getMetricCode());
                }
            });
            List<Long> unitIds =
                    storedUnits(runId).stream().map(UnitInput::unitId).toList();
            RecordSnapshot.take(em, runId, unitIds, codes, catalog, run.getPeriodFrom(), run.getPeriodTo(), now());
        }
        run.publish(now(), username());
        run.getScheme().freeze();
        if (run.getPrevious() != null) {
            run.getPrevious().supersede();
        }
        em.flush();
        return RunInfo.of(run);
    }

    /** A published result changes only by a new revision (a draft copy of the run), with a reason. */
    @Transactional
    public RunInfo revise(Long runId, String reason) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun published = find(runId);
        AppraisalRun revision = published.revise(reason, now(), username());
        em.persist(revision);
        em.flush();
        ResultStore.copyMetrics(em, runId, revision.getId());
        RecordSnapshot.copy(em, runId, revision.getId(), now());
        for (Adjustment a : em.createNamedQuery("Adjustment.ofRun", Adjustment.class)
                .setParameter("runId", runId)
                .getResultList()) {
            em.persist(a.copyTo(revision));
        }
        em.flush();
        rescore(revision, SchemeService.spec(em, revision.getScheme()), storedUnits(runId));
        em.flush();
        return RunInfo.of(revision);
    }

    /** Deletes a draft run that has had no review (no objections). */
    @Transactional
    public void deleteDraft(Long runId) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        if (run.getStatus() != RunStatus.DRAFT) {
            throw new BusinessRuleException("appraisal.run.status.invalid", run.getStatus());
        }
        if (!em.createNamedQuery("Objection.ofRun", Objection.class)
                .setParameter("runId", runId)
                .getResultList()
                .isEmpty()) {
            throw new BusinessRuleException("appraisal.run.delete.hasObjections");
        }
        for (Adjustment a : em.createNamedQuery("Adjustment.ofRun", Adjustment.class)
                .setParameter("runId", runId)
                .getResultList()) {
            em.remove(a);
        }
        em.flush();
        ResultStore.deleteResults(em, runId);
        ResultStore.deleteMetrics(em, runId);
        em.remove(run);
        em.flush();
    }

    // ---------------------------------------------------------------- helpers

    private AppraisalRun find(Long runId) {
        AppraisalRun run = runId == null ? null : em.find(AppraisalRun.class, runId);
        if (run == null) {
            throw new BusinessRuleException("appraisal.run.notFound", runId);
        }
        return run;
    }

    private boolean canReadRanking(AppraisalRun run) {
        return user.hasRole(Role.ASSESSOR) || (user.hasRole(Role.VIEWER) && run.getStatus() == RunStatus.PUBLISHED);
    }

    private void requireRankingRead(AppraisalRun run) {
        if (!canReadRanking(run)) {
            throw new AccessDeniedException("ranking of run " + run.getId());
        }
    }

    /** Assessors: any sheet; viewers: published; a unit operator: their own, from review on. */
    private void requireSheetRead(AppraisalRun run, Long unitId) {
        if (canReadRanking(run)) {
            return;
        }
        boolean own = user.getOperatorUnitId().map(id -> id.equals(unitId)).orElse(false);
        if (own && VISIBLE_TO_UNITS.contains(run.getStatus())) {
            return;
        }
        throw new AccessDeniedException("sheet of unit " + unitId + " in run " + run.getId());
    }

    private List<Indicator> indicators(AppraisalRun run) {
        return SchemeService.treeOrder(em.createNamedQuery("Indicator.ofScheme", Indicator.class)
                .setParameter("schemeId", run.getScheme().getId())
                .getResultList());
    }

    private List<Long> levelOneIds(AppraisalRun run, List<Indicator> indicators) {
        return levelOne(run, indicators).stream().map(Indicator::getId).toList();
    }

    private Indicator indicatorOf(AppraisalRun run, Long indicatorId) {
        Indicator indicator = indicatorId == null ? null : em.find(Indicator.class, indicatorId);
        if (indicator == null
                || !indicator.getScheme().getId().equals(run.getScheme().getId())) {
            throw new BusinessRuleException("appraisal.indicator.notFound", indicatorId);
        }
        return indicator;
    }

    /**
     * The scheme's spec, refused when it is no longer the one the run was computed with: its
     * results would answer to rules the scheme no longer has (an indicator added after the run has
     * no metric value in it). The run is computed again first (a draft: 重新取数计算).
     */
    private SchemeSpec unchangedSpec(AppraisalRun run) {
        SchemeSpec spec = SchemeService.spec(em, run.getScheme());
        if (run.schemeChangedFrom(spec.fingerprint())) {
            throw new BusinessRuleException("appraisal.run.schemeChanged");
        }
        return requireValid(spec);
    }

    /** Whether the run's scheme was edited since the run was computed (its page says so). */
    public boolean schemeChanged(Long runId) {
        user.requireAnyRole(Role.ASSESSOR);
        AppraisalRun run = find(runId);
        return run.schemeChangedFrom(SchemeService.spec(em, run.getScheme()).fingerprint());
    }

    private SchemeSpec validSpec(AppraisalRun run) {
        return requireValid(SchemeService.spec(em, run.getScheme()));
    }

    private static SchemeSpec requireValid(SchemeSpec spec) {
        List<SchemeProblem> problems = SchemeCheck.problems(spec);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("appraisal.scheme.invalid", problems.size());
        }
        return spec;
    }

    /** The units a scheme covers: in its groups, active or closed during the period. */
    private List<UnitInput> unitsInScope(Scheme scheme, LocalDate from) {
        // the four fields only: loading a city's 1,000 Unit entities (with their parents and
        // groups) took up to 0.3 s
        return em
                .createQuery(
                        "SELECT u.id, u.code, u.name, u.rankingGroup.id FROM Unit u WHERE u.rankingGroup IN :groups"
                                + " AND (u.active = :active OR u.closedOn >= :from) ORDER BY u.code",
                        Object[].class)
                .setParameter("groups", scheme.getGroups())
                .setParameter("active", true)
                .setParameter("from", from)
                .getResultList()
                .stream()
                .map(r -> new UnitInput((Long) r[0], (String) r[1], (String) r[2], (Long) r[3]))
                .toList();
    }

    /** The units of a computed run, with the group they were ranked in. */
    private List<UnitInput> storedUnits(Long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT r.unit_id, u.code, u.name, r.ranking_group_id"
                                + " FROM appraisal_unit_result r JOIN unit u ON u.id = r.unit_id WHERE r.run_id = ?1 ORDER BY u.code")
                .setParameter(1, runId)
                .getResultList();
        return rows.stream()
                .map(r -> new UnitInput(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).longValue()))
                .toList();
    }

    private Map<Long, Map<Long, Entry>> entries(Long runId) {
        Map<Long, Map<Long, Entry>> entries = new HashMap<>();
        for (Adjustment a : em.createNamedQuery("Adjustment.ofRun", Adjustment.class)
                .setParameter("runId", runId)
                .getResultList()) {
            entries.computeIfAbsent(a.getUnit().getId(), k -> new HashMap<>())
                    .put(a.getIndicator().getId(), new Entry(a.getScore(), a.getReason()));
        }
        return entries;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private String username() {
        return Objects.requireNonNullElse(user.getUsername(), "system");
    }
}
