package org.kaocheng.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.report.domain.AnnualDistrictText;
import org.kaocheng.report.domain.AnnualRegister;
import org.kaocheng.report.domain.ReportTexts;
import org.kaocheng.unit.domain.Unit;

/**
 * The statutory annual report (政府信息公开工作年度报告) of a unit or of the district, its register
 * (年报填报) and texts, and its export. A unit operator reads and fills only their own unit's,
 * whatever unit id a request carries; assessors read and fill any unit's and write the district's
 * texts; viewers (领导) read every unit's and the district's.
 */
@ApplicationScoped
public class AnnualReportService {

    static final Role[] READERS = {Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER};
    static final Role[] DISTRICT_WRITERS = {Role.ASSESSOR};
    static final String DESIGN = "annual-report";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ReportEngine engine;

    /** Whether the user may choose the district and any unit (else only their own unit). */
    public boolean readsDistrict() {
        return user.hasAnyRole(Role.ASSESSOR, Role.VIEWER);
    }

    /** The units the user may report on: all (by code) for district readers, else their own. */
    public List<Unit> units() {
        user.requireAnyRole(READERS);
        if (readsDistrict()) {
            return em.createQuery("SELECT u FROM Unit u ORDER BY u.code", Unit.class)
                    .getResultList();
        }
        return ownUnit().map(List::of).orElse(List.of());
    }

    /** The operator's own unit, the only one they may ask for. */
    public Optional<Unit> ownUnit() {
        return user.getOperatorUnitId().map(id -> em.find(Unit.class, id));
    }

    /** May the user change this unit's register (own unit, or any for an assessor)? */
    public boolean canWriteRegister(Long unitId) {
        return user.hasAnyRole(Role.UNIT_OPERATOR, Role.ASSESSOR) && user.canWrite(unitId, DISTRICT_WRITERS);
    }

    public boolean canWriteDistrictText() {
        return user.hasAnyRole(DISTRICT_WRITERS);
    }

    /** The report of a unit, or of the district when {@code unitId} is null. */
    public AnnualReport report(Long unitId, int year) {
        requireReport(unitId);
        requireYear(year);
        String name;
        ReportTexts texts;
        if (unitId == null) {
            name = null;
            texts = districtText(year).texts();
        } else {
            Unit unit = em.find(Unit.class, unitId);
            if (unit == null) {
                throw new BusinessRuleException("unit.notFound", unitId);
            }
            name = unit.getName();
            texts = register(unitId, year).texts();
        }
        ProactiveFigures proactive = AnnualReportQueries.proactive(em, unitId, year);
        List<String> missing = AnnualReportQueries.unitsWithoutRegister(em, unitId, year);
        ApplicationTable applications = AnnualReportQueries.applications(em, unitId, year);
        ReviewTable reviews = AnnualReportQueries.reviews(em, unitId, year);
        List<ReportProblem> problems =
                ConsistencyChecks.check(unitId == null, proactive, missing, applications, reviews);
        return new AnnualReport(unitId, name, year, texts, proactive, applications, reviews, missing, problems);
    }

    private void requireReport(Long unitId) {
        user.requireAnyRole(READERS);
        if (unitId == null) {
            if (!readsDistrict()) {
                throw new AccessDeniedException("the district report needs a district reader");
            }
        } else if (!readsDistrict()
                && !user.getOperatorUnitId().map(unitId::equals).orElse(false)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the user's scope");
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("report.year.range", 2000, 2100);
        }
    }

    /** The register of a unit and year as a form (blank, version null, when not yet filled). */
    public RegisterForm register(@NotNull Long unitId, int year) {
        requireReport(unitId);
        RegisterForm form = new RegisterForm(unitId, year);
        return findRegister(unitId, year)
                .map(r -> form.fill(r.getFigures(), r.getTexts(), r.getVersion()))
                .orElse(form);
    }

    private Optional<AnnualRegister> findRegister(Long unitId, int year) {
        return em.createNamedQuery("AnnualRegister.ofUnitAndYear", AnnualRegister.class)
                .setParameter("unitId", unitId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** Saves the register: created on the first save, else only over the version the form was read at. */
    @Transactional
    public AnnualRegister saveRegister(@NotNull @Valid RegisterForm form) {
        user.requireAnyRole(Role.UNIT_OPERATOR, Role.ASSESSOR);
        user.requireWrite(form.getUnitId(), DISTRICT_WRITERS);
        requireYear(form.getYear());
        Optional<AnnualRegister> existing = findRegister(form.getUnitId(), form.getYear());
        AnnualRegister register;
        if (existing.isPresent()) {
            register = existing.get();
            if (form.getVersion() == null) {
                throw new OptimisticLockException(register); // someone else filled it since the form was read
            }
            register.checkVersion(form.getVersion());
        } else {
            if (form.getVersion() != null) {
                throw new OptimisticLockException(); // it was deleted or belongs to another unit/year
            }
            Unit unit = em.find(Unit.class, form.getUnitId());
            if (unit == null) {
                throw new BusinessRuleException("unit.notFound", form.getUnitId());
            }
            register = new AnnualRegister(unit, form.getYear());
        }
        register.setFigures(form.figures());
        register.setTexts(form.texts());
        if (register.getId() == null) {
            em.persist(register);
        }
        em.flush();
        return register;
    }

    public DistrictTextForm districtText(int year) {
        requireReport(null);
        DistrictTextForm form = new DistrictTextForm(year);
        return findDistrictText(year)
                .map(t -> form.fill(t.getTexts(), t.getVersion()))
                .orElse(form);
    }

    private Optional<AnnualDistrictText> findDistrictText(int year) {
        return em.createNamedQuery("AnnualDistrictText.ofYear", AnnualDistrictText.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public AnnualDistrictText saveDistrictText(@NotNull @Valid DistrictTextForm form) {
        user.requireAnyRole(DISTRICT_WRITERS);
        requireYear(form.getYear());
        Optional<AnnualDistrictText> existing = findDistrictText(form.getYear());
        AnnualDistrictText text;
        if (existing.isPresent()) {
            text = existing.get();
            if (form.getVersion() == null) {
                throw new OptimisticLockException(text);
            }
            text.checkVersion(form.getVersion());
        } else {
            if (form.getVersion() != null) {
                throw new OptimisticLockException();
            }
            text = new AnnualDistrictText(form.getYear());
        }
        text.setTexts(form.texts());
        if (text.getId() == null) {
            em.persist(text);
        }
        em.flush();
        return text;
    }

    /** The report as PDF; refused while a consistency check fails. */
    public byte[] pdf(Long unitId, int year, Locale locale) {
        AnnualReport report = exportable(unitId, year);
        return engine.pdf(
                DESIGN, AnnualReportLines.parameters(report, locale), AnnualReportLines.of(report, locale), locale);
    }

    /** The report as .xlsx; refused while a consistency check fails. */
    public byte[] xlsx(Long unitId, int year, Locale locale) {
        AnnualReport report = exportable(unitId, year);
        return engine.xlsx(
                DESIGN, AnnualReportLines.parameters(report, locale), AnnualReportLines.of(report, locale), locale);
    }

    private AnnualReport exportable(Long unitId, int year) {
        AnnualReport report = report(unitId, year);
        if (!report.isExportable()) {
            throw new BusinessRuleException(
                    "report.annual.exportRefused", report.problems().size());
        }
        return report;
    }
}
