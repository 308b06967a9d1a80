package org.kaocheng.staff.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.spreadsheet.TableWriter;
import org.kaocheng.staff.domain.IdCardNumbers;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * Benchmark (not a test): imports a generated 20,000-row staff .xlsx (each person with one or
 * two posts) through the import service into a fresh PostgreSQL database, as one all-or-nothing
 * transaction with validation, audit rows and all. Prints the wall time of three runs.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.kaocheng.staff.application.StaffImportBenchmark</pre>
 */
public final class StaffImportBenchmark {

    private StaffImportBenchmark() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        for (int run = 1; run <= 3; run++) {
            DataSource ds = TestDatabase.POSTGRESQL.create();
            EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
            EntityManager em = emf.createEntityManager();
            List<String> codes = TestDatabase.tx(em, () -> {
                RankingGroup g = new RankingGroup("G", "区级部门", 1);
                em.persist(g);
                List<String> c = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    Unit u = new Unit(String.format("B%03d", i), "单位" + i, UnitCategory.DEPARTMENT, null, g);
                    em.persist(u);
                    c.add(u.getCode());
                }
                return c;
            });
            byte[] file = generate(rows, codes);
            UserAccount admin = new UserAccount("bench", "基准", "x");
            admin.setRoles(EnumSet.of(Role.ADMIN));
            RegistryImportService service = new RegistryImportService();
            service.em = em;
            service.user = CurrentUser.of(admin);
            long start = System.nanoTime();
            ImportResult result = TestDatabase.tx(em, () -> service.importStaff(file, "staff.xlsx", p -> {}));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long postings =
                    em.createQuery("SELECT COUNT(p) FROM Posting p", Long.class).getSingleResult();
            System.out.printf(
                    "run %d: %d rows imported (%d postings, errors %d) in %.1f s (file %d KB)%n",
                    run, result.imported(), postings, result.errors().size(), millis / 1000.0, file.length / 1024);
            em.close();
            emf.close();
        }
        System.exit(0);
    }

    static byte[] generate(int rows, List<String> codes) {
        Random random = new Random(7);
        List<List<?>> lines = new ArrayList<>(rows);
        String[] posts = {"政务公开专员", "专职工作人员", "兼职工作人员、新媒体管理员", "分管领导", "兼职工作人员"};
        for (int i = 0; i < rows; i++) {
            String first17 = String.format("110105%04d%02d%02d%03d", 1960 + i % 40, 1 + i % 12, 1 + i % 28, i % 1000);
            // vary the first digits so that 20,000 numbers stay unique
            first17 = String.format("%06d", 110000 + i / 1000) + first17.substring(6);
            lines.add(List.of(
                    codes.get(random.nextInt(codes.size())),
                    "员工" + i,
                    "1380000" + String.format("%04d", i % 10000),
                    first17 + IdCardNumbers.checkCharacter(first17),
                    posts[i % posts.length],
                    LocalDate.of(2020 + i % 6, 1 + i % 12, 1 + i % 28).toString(),
                    "文" + i));
        }
        return TableWriter.xlsx("staff", RegistryImportService.STAFF_HEADERS, lines);
    }
}
