package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.DisclosureImportService;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.testsupport.TestDatabase;

/** Imports are all or nothing, with every error at its row and column; CSV in UTF-8 or GBK, and .xlsx. */
class DisclosureImportTest {

    private static DisclosureImportService service(EntityManager em, UserAccount account) {
        DisclosureImportService s = new DisclosureImportService();
        ServiceWiring.wire(s, em, account, DisclosureServiceAccessTest.TODAY);
        ServiceWiring.set(s, "items", DisclosureServiceAccessTest.items(em, account));
        return s;
    }

    private static long count(EntityManager em, String entity) {
        em.clear();
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class)
                .getSingleResult();
    }

    /** An import test: the entity manager, a world of two units, and the service as unit A's operator. */
    @FunctionalInterface
    private interface ImportTest {
        void run(EntityManager em, DisclosureServiceAccessTest.World w, DisclosureImportService s) throws IOException;
    }

    private static void asOperatorOfA(TestDatabase db, ImportTest test) throws IOException {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            DisclosureServiceAccessTest.World w = DisclosureServiceAccessTest.world(em);
            UserAccount operator = DisclosureServiceAccessTest.account(em, "op_a", Role.UNIT_OPERATOR, w.unitA());
            test.run(em, w, service(em, operator));
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneBadRowImportsNothingAndEveryErrorNamesItsRowAndColumn(TestDatabase db) throws IOException {
        asOperatorOfA(db, (em, w, s) -> {
            long before = count(em, "ProactiveItem");
            String csv = """
                标题,文号,形成日期,发布日期,发布渠道,规范性文件
                关于春节假期安排的通知,,2024-02-05,2024-02-06,网站,否
                ,X政发〔2024〕1号,2024/02/30,,电视,也许
                "含逗号,的标题",,2024.3.1,2024-02-01,微信,是
                """;
            ImportResult r = DisclosureServiceAccessTest.call(
                    em, () -> s.importItems(w.unitA(), "items.csv", csv.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, r.imported());
            List<String> errors = r.errors().stream()
                    .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
                    .toList();
            assertEquals(
                    List.of(
                            "3:formedOn:disclosure.import.date",
                            "3:channel:disclosure.import.option",
                            "3:normative:disclosure.import.yesNo",
                            "3:title:disclosure.import.required",
                            "4:null:disclosure.item.publishedBeforeFormed"),
                    errors);
            assertEquals(before, count(em, "ProactiveItem"), "nothing saved");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExternalIdTwiceInTheFileOrAlreadyImportedIsARowError(TestDatabase db) throws IOException {
        asOperatorOfA(db, (em, w, s) -> {
            String first = """
                标题,形成日期,发布日期,外部编号
                关于春节假期安排的通知,2024-02-05,2024-02-06,CMS-1
                """;
            ImportResult once = DisclosureServiceAccessTest.call(
                    em, () -> s.importItems(w.unitA(), "items.csv", first.getBytes(StandardCharsets.UTF_8)));
            assertEquals(1, once.imported());
            long items = count(em, "ProactiveItem");
            String again = """
                标题,形成日期,发布日期,外部编号
                关于春节假期安排的通知（更正）,2024-02-05,2024-02-06,CMS-1
                关于清明假期安排的通知,2024-03-28,2024-03-29,CMS-2
                关于清明假期安排的通知,2024-03-28,2024-03-29,CMS-2
                关于劳动节假期安排的通知,2024-04-25,2024-04-26,CMS-3
                """;
            ImportResult r = DisclosureServiceAccessTest.call(
                    em, () -> s.importItems(w.unitA(), "items.csv", again.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, r.imported());
            assertEquals(
                    List.of(
                            "2:externalId:disclosure.import.externalIdExists:[CMS-1]",
                            "4:externalId:disclosure.import.externalIdRepeated:[CMS-2, 3]"),
                    r.errors().stream()
                            .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey() + ":" + List.of(e.arguments()))
                            .toList());
            assertEquals(items, count(em, "ProactiveItem"), "nothing saved");

            String applications = """
                申请方式,提交日期,申请人类型,申请人,申请内容,外部编号
                当面,2024-03-01,自然人,张三,公开某项目批复,YSQ-1
                当面,2024-03-02,自然人,李四,公开某项目验收,YSQ-1
                """;
            ImportResult a = DisclosureServiceAccessTest.call(
                    em,
                    () -> s.importApplications(
                            w.unitA(), "applications.csv", applications.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, a.imported());
            assertEquals(
                    List.of("3:externalId:disclosure.import.externalIdRepeated"),
                    a.errors().stream()
                            .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
                            .toList());
        });
    }

    /** An application's external id longer than its column (100) is an error at its row, as an item's is. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anApplicationsExternalIdLongerThanItsColumnIsARowError(TestDatabase db) throws IOException {
        asOperatorOfA(db, (em, w, s) -> {
            long before = count(em, "InfoApplication");
            String applications = """
                申请方式,提交日期,申请人类型,申请人,申请内容,外部编号
                当面,2024-03-01,自然人,张三,公开某项目批复,YSQ-1
                当面,2024-03-02,自然人,李四,公开某项目验收,%s
                """.formatted("Y".repeat(101));
            ImportResult r = DisclosureServiceAccessTest.call(
                    em,
                    () -> s.importApplications(
                            w.unitA(), "applications.csv", applications.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, r.imported());
            assertEquals(
                    List.of("3:externalId:disclosure.import.tooLong:[100]"),
                    r.errors().stream()
                            .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey() + ":" + List.of(e.arguments()))
                            .toList());
            assertEquals(before, count(em, "InfoApplication"), "nothing saved");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void gbkCsvAndXlsxAreImportedIntoTheOperatorsUnitOnly(TestDatabase db) throws IOException {
        asOperatorOfA(db, (em, w, s) -> {
            long items = count(em, "ProactiveItem");
            String csv = "标题,形成日期,发布日期\r\n通知一,2024-02-05,2024-02-06\r\n通知二,2024-02-05,\r\n";
            ImportResult r = DisclosureServiceAccessTest.call(
                    em, () -> s.importItems(w.unitA(), "items.csv", csv.getBytes(Charset.forName("GBK"))));
            assertTrue(r.isSuccess(), r.errors().toString());
            assertEquals(2, r.imported());
            assertEquals(items + 2, count(em, "ProactiveItem"));
            assertEquals(
                    1L,
                    em.createQuery("SELECT COUNT(i) FROM ProactiveItem i WHERE i.title = '通知二'", Long.class)
                            .getSingleResult());

            byte[] xlsx;
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = wb.createSheet();
                String[][] rows = {
                    {"申请方式", "提交日期", "确认日期", "申请人类型", "申请人", "申请内容", "件数", "答复日期", "办理结果"},
                    {"当面", "2024-03-04", "", "自然人", "张三", "道路维修经费", "2", "2024-03-20", "GRANTED"},
                    {"网络", "", "2024-03-05", "商业企业", "某公司", "招标文件", "", "", ""}
                };
                for (int i = 0; i < rows.length; i++) {
                    Row row = sheet.createRow(i);
                    for (int j = 0; j < rows[i].length; j++) {
                        row.createCell(j).setCellValue(rows[i][j]);
                    }
                }
                wb.write(out);
                xlsx = out.toByteArray();
            }
            long apps = count(em, "InfoApplication");
            ImportResult ra =
                    DisclosureServiceAccessTest.call(em, () -> s.importApplications(w.unitA(), "apps.xlsx", xlsx));
            assertTrue(ra.isSuccess(), ra.errors().toString());
            assertEquals(2, ra.imported());
            assertEquals(apps + 2, count(em, "InfoApplication"));

            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em, () -> s.importItems(w.unitB(), "items.csv", csv.getBytes(StandardCharsets.UTF_8))));
        });
    }
}
