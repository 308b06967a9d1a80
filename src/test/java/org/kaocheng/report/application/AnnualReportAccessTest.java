package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.report.domain.AnnualRegister;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Who may read and fill which annual report, whatever unit id a request carries; optimistic
 * locking, validation, audit rows of register saves, and export refused while a check fails.
 */
class AnnualReportAccessTest {

    private EntityManagerFactory emf;
    private EntityManager em;

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
            emf.close();
        }
    }

    private AnnualReportFiguresTest.World open(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.create());
        em = emf.createEntityManager();
        return AnnualReportFiguresTest.world(em);
    }

    private AnnualReportService service(UserAccount account) {
        AnnualReportService s = new AnnualReportService();
        s.em = em;
        s.user = CurrentUser.of(account);
        s.engine = new ReportEngine();
        return s;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOperatorReadsAndFillsOnlyTheirOwnUnit(TestDatabase db) {
        AnnualReportFiguresTest.World w = open(db);
        AnnualReportService operator = service(AnnualReportFiguresTest.user(em, "op_a", Role.UNIT_OPERATOR, w.a()));

        assertEquals("甲局", operator.report(w.a(), 2025).unitName());
        assertEquals(
                List.of(w.a()), operator.units().stream().map(u -> u.getId()).toList());
        assertFalse(operator.readsDistrict());
        assertThrows(AccessDeniedException.class, () -> operator.report(w.b(), 2025));
        assertThrows(AccessDeniedException.class, () -> operator.report(null, 2025), "the district");
        assertThrows(AccessDeniedException.class, () -> operator.register(w.b(), 2025));
        assertThrows(AccessDeniedException.class, () -> operator.districtText(2025));
        assertThrows(AccessDeniedException.class, () -> operator.pdf(w.b(), 2025, Locale.SIMPLIFIED_CHINESE));

        RegisterForm forB = new RegisterForm(w.b(), 2025);
        assertThrows(AccessDeniedException.class, () -> TestDatabase.txRun(em, () -> operator.saveRegister(forB)));
        DistrictTextForm district = new DistrictTextForm(2025);
        district.setOverview("不许");
        assertThrows(
                AccessDeniedException.class, () -> TestDatabase.txRun(em, () -> operator.saveDistrictText(district)));

        // own unit: the existing register at its version, saved and audited
        RegisterForm own = operator.register(w.a(), 2025);
        assertEquals(10, own.getNormativeInForce());
        own.setLicensingDecisions(123);
        own.setOverview("甲局总体情况");
        TestDatabase.txRun(em, () -> operator.saveRegister(own));
        em.clear();
        assertEquals(123, operator.register(w.a(), 2025).getLicensingDecisions());
        assertEquals("甲局总体情况", operator.report(w.a(), 2025).texts().overview());
        assertTrue(operator.canWriteRegister(w.a()));
        assertFalse(operator.canWriteRegister(w.b()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void assessorsFillAnyUnitViewersOnlyReadAndStaleSavesAreRefused(TestDatabase db) {
        AnnualReportFiguresTest.World w = open(db);
        AnnualReportService assessor = service(AnnualReportFiguresTest.user(em, "assessor", Role.ASSESSOR, null));
        AnnualReportService viewer = service(AnnualReportFiguresTest.user(em, "leader", Role.VIEWER, null));
        AnnualReportService admin = service(AnnualReportFiguresTest.user(em, "admin", Role.ADMIN, null));

        RegisterForm c = assessor.register(w.c(), 2025);
        assertNull(c.getVersion(), "not yet filled");
        c.setNormativeInForce(4);
        TestDatabase.txRun(em, () -> assessor.saveRegister(c));
        RegisterForm again = assessor.register(w.c(), 2025);
        assertEquals(4, again.getNormativeInForce());

        RegisterForm stale = viewer.register(w.c(), 2025);
        stale.setVersion(again.getVersion());
        again.setPenaltyDecisions(7);
        TestDatabase.txRun(em, () -> assessor.saveRegister(again));
        em.clear();
        RegisterForm lost = assessor.register(w.c(), 2025);
        lost.setVersion(stale.getVersion());
        assertThrows(OptimisticLockException.class, () -> TestDatabase.txRun(em, () -> assessor.saveRegister(lost)));
        RegisterForm createdTwice = new RegisterForm(w.c(), 2025);
        assertThrows(
                OptimisticLockException.class,
                () -> TestDatabase.txRun(em, () -> assessor.saveRegister(createdTwice)),
                "a second first save of the same register");

        assertEquals(3, viewer.report(null, 2025).proactive().registersFilled());
        RegisterForm viewerForm = viewer.register(w.a(), 2025);
        assertThrows(AccessDeniedException.class, () -> TestDatabase.txRun(em, () -> viewer.saveRegister(viewerForm)));
        assertThrows(AccessDeniedException.class, () -> admin.report(w.a(), 2025), "admins do not read reports");

        DistrictTextForm text = assessor.districtText(2025);
        text.setOverview("全区总体情况");
        TestDatabase.txRun(em, () -> assessor.saveDistrictText(text));
        assertEquals("全区总体情况", viewer.report(null, 2025).texts().overview());
        DistrictTextForm staleText = new DistrictTextForm(2025);
        assertThrows(
                OptimisticLockException.class,
                () -> TestDatabase.txRun(em, () -> assessor.saveDistrictText(staleText)));

        long audited = ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM audit_entry WHERE entity_type LIKE '%AnnualRegister%'")
                        .getSingleResult())
                .longValue();
        assertTrue(audited >= 2, "register saves are audited: " + audited);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void exportIsRefusedWhileACheckFailsAndWorksOnceCorrected(TestDatabase db) {
        AnnualReportFiguresTest.World w = open(db);
        AnnualReportService assessor = service(AnnualReportFiguresTest.user(em, "assessor", Role.ASSESSOR, null));
        BusinessRuleException refused = assertThrows(
                BusinessRuleException.class,
                () -> assessor.pdf(null, 2025, Locale.SIMPLIFIED_CHINESE),
                "丙街道 has no register");
        assertEquals("report.annual.exportRefused", refused.getMessageKey());
        assertEquals(1, refused.getArguments()[0]);
        assertThrows(BusinessRuleException.class, () -> assessor.xlsx(null, 2025, Locale.SIMPLIFIED_CHINESE));
        TestDatabase.txRun(em, () -> assessor.saveRegister(assessor.register(w.c(), 2025)));
        byte[] pdf = assessor.pdf(null, 2025, Locale.SIMPLIFIED_CHINESE);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(assessor.xlsx(w.a(), 2025, Locale.SIMPLIFIED_CHINESE).length > 1000);
    }

    @Test
    void theRegisterFormIsValidated() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        RegisterForm form = new RegisterForm(1L, 2025);
        assertTrue(validator.validate(form).isEmpty());
        form.setFeeAmount(new BigDecimal("1.23456"));
        form.setPenaltyDecisions(-1);
        form.setLicensingDecisions(null);
        assertEquals(
                3, validator.validate(form).size(), validator.validate(form).toString());
        form.setFeeAmount(new BigDecimal("12.3456"));
        form.setPenaltyDecisions(0);
        form.setLicensingDecisions(0);
        assertEquals(new BigDecimal("12.3456"), form.figures().feeAmount());
        form.setFeeAmount(new BigDecimal("0.00001"));
        BusinessRuleException scale = assertThrows(BusinessRuleException.class, form::figures);
        assertEquals("report.register.feeScale", scale.getMessageKey());
        form.setFeeAmount(new BigDecimal("-1"));
        assertThrows(BusinessRuleException.class, form::figures);
        form.setYear(1999);
        assertFalse(validator.validate(form).isEmpty());
        assertThrows(BusinessRuleException.class, () -> new AnnualRegister(null, 2025));
    }
}
