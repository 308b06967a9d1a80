package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.appraisal.domain.scoring.ScoreNote;
import org.kaocheng.appraisal.metric.StaffMetricSource;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;

/**
 * The default scheme adds up (100 + 5 bonus), reads exactly the catalogue's metric codes, and
 * with only the staff metrics installed every other automatic leaf scores "no data".
 */
class DefaultSchemeTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDefaultSchemeIsConsistentAndScoresMissingSourcesAsNoData(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            UserAccount assessor = new UserAccount("kp", "考评", "x");
            assessor.setRoles(EnumSet.of(Role.ASSESSOR));
            StaffMetricSource staff = StaffMetricSource.of(em, java.time.Clock.systemUTC());
            MetricCatalog catalog = MetricCatalog.of(List.of(staff));
            SchemeService schemes = new SchemeService();
            schemes.em = em;
            schemes.user = CurrentUser.of(assessor);
            schemes.catalog = catalog;
            AppraisalService runs = new AppraisalService();
            runs.em = em;
            runs.user = schemes.user;
            runs.catalog = catalog;
            Long unitId = TestDatabase.<Long>inTransaction(em, e -> {
                var g = StaffFixtures.group(e, "DEPT");
                var u = StaffFixtures.unit(e, "U1", "区教育局", g);
                e.flush();
                return u.getId();
            });
            Long schemeId = TestDatabase.<Long>inTransaction(em, e -> {
                return schemes.createDefault("2024年度政务公开考核方案", 2024).getId();
            });

            SchemeService.CheckResult check = schemes.check(schemeId);
            assertTrue(check.isValid(), check.errors().toString());
            assertEquals(0, new BigDecimal("100").compareTo(check.baseTotal()));
            assertEquals(0, new BigDecimal("5").compareTo(check.bonusTotal()));
            Set<String> codes = new TreeSet<>();
            for (Indicator i : schemes.indicators(schemeId)) {
                if (i.getMetricCode() != null) {
                    codes.add(i.getMetricCode());
                }
            }
            assertEquals(new TreeSet<>(DefaultScheme.METRICS), codes);
            assertEquals(12, check.warnings().size(), "every metric but the two staff ones has no source here");

            RunInfo run = TestDatabase.<RunInfo>inTransaction(em, e -> {
                return runs.compute(schemeId, null, null);
            });
            ScoreSheet sheet = runs.sheet(run.id(), unitId);
            // no designated officer all year: 366 days × 0.05 = 18.3 > 3 ⇒ 0; no staff ⇒ no turnover value
            var vacancy = sheet.lines().stream()
                    .filter(l -> l.code().equals("6.3"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(new BigDecimal("0.00"), vacancy.score());
            assertEquals(ScoreNote.COMPUTED, vacancy.note());
            var turnover = sheet.lines().stream()
                    .filter(l -> l.code().equals("6.4"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ScoreNote.NO_VALUE, turnover.note());
            var proactive = sheet.lines().stream()
                    .filter(l -> l.code().equals("2.1.1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ScoreNote.NO_SOURCE, proactive.note());
            // 100 − 3 (vacancy) = 97; bonus leaves are manual and unscored
            assertEquals(new BigDecimal("97.00"), sheet.result().total());
            assertEquals(1, runs.ranking(run.id(), null, PageRequest.of(0, 10)).total());
        } finally {
            em.close();
            emf.close();
        }
    }
}
