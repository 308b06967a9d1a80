package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.tx;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.Unit;

/** Enrolment lists and sign-in sheets from .xlsx: all or nothing, errors by row and column; H2 and PostgreSQL. */
class TrainingImportTest {

    static byte[] xlsx(String[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEnrolmentListWithOneBadRowEnrolsNobodyAndAGoodOneEnrolsEveryone(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TrainingSession session = tx(em, () -> {
                Unit a = unit(em, "A01", "甲局", group(em, "G"));
                for (String name : List.of("张三", "李四", "王五")) {
                    Staff s = staff(em, a, name);
                    posting(em, s, a, PostType.FULL_TIME, "2025-01-01", null, null);
                }
                Staff gone = staff(em, a, "赵六");
                posting(
                        em,
                        gone,
                        a,
                        PostType.FULL_TIME,
                        "2025-01-01",
                        "2026-01-01",
                        org.kaocheng.staff.domain.PostingEnd.LEAVE);
                em.flush();
                return TrainingFixture.session(
                        em, TrainingFixture.course(em, "条例解读", "6", "1", null), LocalDate.of(2026, 3, 10), 2, 2);
            });
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            String[] header = {"单位代码", "姓名", "身份证号"};
            ImportResult bad = tx(
                    em,
                    () -> t.enrolments.importList(
                            session.getId(),
                            new ByteArrayInputStream(xlsx(
                                    header,
                                    new String[] {"A01", "张三"},
                                    new String[] {"A01", "无名氏"},
                                    new String[] {"A01", "张三"},
                                    new String[] {"A01", "赵六"},
                                    new String[] {"", "李四"}))));
            assertFalse(bad.isSuccess());
            assertEquals(0, bad.imported());
            assertEquals(
                    List.of(
                            new ImportError(3, "B", "training.import.unknownPerson", "A01 无名氏"),
                            new ImportError(4, "B", "training.import.duplicateRow", "2"),
                            new ImportError(5, "B", "training.skip.NO_OPEN_POSTING", "赵六"),
                            new ImportError(6, "A", "training.import.unitRequired", "")),
                    bad.errors());
            assertTrue(EnrolmentServiceTest.statuses(em, session).isEmpty(), "all or nothing");

            ImportResult good = tx(
                    em,
                    () -> t.enrolments.importList(
                            session.getId(),
                            new ByteArrayInputStream(
                                    xlsx(header, new String[] {"A01", "张三"}, new String[] {"A01", "李四"}, new String[] {
                                        "A01", "王五"
                                    }))));
            assertTrue(good.isSuccess());
            assertEquals(3, good.imported());
            assertEquals(
                    Map.of(
                            "张三",
                            EnrolmentStatus.ENROLLED,
                            "李四",
                            EnrolmentStatus.ENROLLED,
                            "王五",
                            EnrolmentStatus.WAITLISTED),
                    EnrolmentServiceTest.statuses(em, session),
                    "capacity 2, in row order");

            // sign-in sheet: one column per session day
            String[] signHeader = {"单位代码", "姓名", "身份证号", "2026-03-10", "2026-03-11"};
            ImportResult badSheet = tx(
                    em,
                    () -> t.attendance.importSignIn(
                            session.getId(),
                            new ByteArrayInputStream(xlsx(
                                    signHeader,
                                    new String[] {"A01", "张三", "", "出席", "迟到"},
                                    new String[] {"A01", "王五", "", "出席", ""},
                                    new String[] {"A01", "李四", "", "到了", "请假"}))));
            assertEquals(
                    List.of(
                            new ImportError(3, "B", "training.attendance.notEnrolled", "王五"),
                            new ImportError(4, "D", "training.import.badStatus", "到了")),
                    badSheet.errors());
            assertTrue(t.attendance.grid(session.getId()).isEmpty(), "all or nothing");

            ImportResult sheet = tx(
                    em,
                    () -> t.attendance.importSignIn(
                            session.getId(),
                            new ByteArrayInputStream(
                                    xlsx(signHeader, new String[] {"A01", "张三", "", "出席", "迟到"}, new String[] {
                                        "A01", "李四", "", "√", "请假"
                                    }))));
            assertEquals(4, sheet.imported());
            Map<Long, Map<Long, AttendanceStatus>> grid = t.attendance.grid(session.getId());
            assertEquals(2, grid.size());
            assertTrue(grid.values().stream().anyMatch(m -> m.containsValue(AttendanceStatus.EXCUSED)));

            ImportResult wrongDay = tx(
                    em,
                    () -> t.attendance.importSignIn(
                            session.getId(),
                            new ByteArrayInputStream(xlsx(
                                    new String[] {"单位代码", "姓名", "身份证号", "2026-03-12"},
                                    new String[] {"A01", "张三", "", "出席"}))));
            assertEquals(
                    List.of(new ImportError(1, "D", "training.import.notASessionDay", "2026-03-12")),
                    wrongDay.errors());
        } finally {
            em.close();
            emf.close();
        }
    }
}
