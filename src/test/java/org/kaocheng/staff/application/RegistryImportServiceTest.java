package org.kaocheng.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.spreadsheet.TableReader;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Staff imports are all-or-nothing with every error located by row and column (H2, PostgreSQL). */
class RegistryImportServiceTest {

    private static final String HEADER = "单位代码,姓名,电话,身份证号,岗位,任职日期,任职文件\n";

    private RegistryImportService service(EntityManager em, Role role, Long unitId) {
        UserAccount account = new UserAccount("importer", "导入", "x");
        account.setRoles(EnumSet.of(role));
        account.setUnitId(unitId);
        RegistryImportService service = new RegistryImportService();
        service.em = em;
        service.user = CurrentUser.of(account);
        return service;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileWithOneBadRowImportsNothingAndListsEveryError(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Unit[] units = TestDatabase.tx(em, () -> {
                RankingGroup g = StaffFixtures.group(em, "G");
                return new Unit[] {StaffFixtures.unit(em, "D01", "甲局", g), StaffFixtures.unit(em, "D02", "乙局", g)};
            });
            String csv = HEADER
                    + "D01,张三,13800000000,11010519491231002X,政务公开专员、新媒体管理员,2026-01-05,甲任〔2026〕1号\n"
                    + "D09,李四,,,兼职工作人员,2026-01-05,\n"
                    + "D01,,abc,110105194912310021,打杂,2026-02-30,\n"
                    + "D02,王五,,,兼职工作人员,2026-01-05,\n";
            RegistryImportService operator = service(em, Role.UNIT_OPERATOR, units[0].getId());
            ImportResult result =
                    TestDatabase.tx(em, () -> operator.importStaff(csv.getBytes(TableReader.GBK), "s.csv", p -> {}));
            assertEquals(0, result.imported());
            List<String> located = result.errors().stream()
                    .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
                    .toList();
            assertEquals(
                    List.of(
                            "3:单位代码:import.unit.unknown",
                            "4:姓名:import.required",
                            "4:电话:import.phone.invalid",
                            "4:身份证号:staff.idCard.invalid",
                            "4:岗位:import.postType.unknown",
                            "4:任职日期:import.date.invalid",
                            "5:单位代码:import.unit.outOfScope"),
                    located);
            assertEquals(
                    0L,
                    em.createQuery("SELECT COUNT(s) FROM Staff s", Long.class).getSingleResult(),
                    "nothing imported");

            String good = HEADER + "D01,张三,13800000000,11010519491231002X,政务公开专员、新媒体管理员,2026-01-05,甲任〔2026〕1号\n"
                    + "D01,赵六,,,兼职,2026/3/1,\n";
            ImportResult ok = TestDatabase.tx(
                    em, () -> operator.importStaff(good.getBytes(StandardCharsets.UTF_8), "s.csv", p -> {}));
            assertTrue(ok.isSuccess(), ok.errors().toString());
            assertEquals(2, ok.imported());
            assertEquals(
                    3L,
                    em.createQuery("SELECT COUNT(p) FROM Posting p", Long.class).getSingleResult(),
                    "张三 holds two posts, 赵六 one");
            ImportResult again = TestDatabase.tx(
                    em, () -> operator.importStaff(good.getBytes(StandardCharsets.UTF_8), "s.csv", p -> {}));
            ImportError duplicate = again.errors().get(0);
            assertEquals(2, duplicate.row());
            assertEquals("staff.idCard.duplicate", duplicate.messageKey());
        } finally {
            em.close();
            emf.close();
        }
    }

    /** A unit's name longer than its column (200) is an error at its row and column; nothing is imported. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUnitNameLongerThanItsColumnIsARowError(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            String csv = "单位代码,单位名称,类别,上级单位代码,考核分组\n"
                    + "D01,区教育局,DEPARTMENT,,\n"
                    + "D02," + "局".repeat(201) + ",DEPARTMENT,,\n";
            RegistryImportService admin = service(em, Role.ADMIN, null);
            ImportResult result = TestDatabase.tx(
                    em, () -> admin.importUnits(csv.getBytes(StandardCharsets.UTF_8), "u.csv", p -> {}));
            assertEquals(0, result.imported());
            assertEquals(
                    List.of("3:单位名称:import.tooLong:[200]"),
                    result.errors().stream()
                            .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey() + ":" + List.of(e.arguments()))
                            .toList());
            assertEquals(
                    0L,
                    em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult(),
                    "nothing imported");

            String longest = csv.replace("局".repeat(201), "局".repeat(200));
            ImportResult ok = TestDatabase.tx(
                    em, () -> admin.importUnits(longest.getBytes(StandardCharsets.UTF_8), "u.csv", p -> {}));
            assertTrue(ok.isSuccess(), ok.errors().toString());
            assertEquals(2, ok.imported());
        } finally {
            em.close();
            emf.close();
        }
    }
}
