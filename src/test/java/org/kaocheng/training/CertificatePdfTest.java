package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.tx;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.EnrolmentSource;
import org.kaocheng.training.domain.TrainingCompletion;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.Unit;

/** The certificate PDF (compiled report reports/training-certificate.jrxml) carries the Chinese name and the code. */
class CertificatePdfTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCertificatePdfShowsTheChineseNameCourseAndCodeToReadersOfTheUnitOnly(TestDatabase db) throws Exception {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Object[] made = tx(em, () -> {
                Unit a = unit(em, "A", "区教育局", group(em, "G"));
                Unit b = unit(em, "B", "城关镇", group(em, "H"));
                Staff s = staff(em, a, "欧阳明月");
                posting(em, s, a, PostType.DESIGNATED_OFFICER, "2025-01-01", null, null);
                TrainingSession session = TrainingFixture.session(
                        em,
                        TrainingFixture.course(em, "新任政务公开专员岗前培训", "4", "1", null),
                        LocalDate.of(2026, 2, 10),
                        1,
                        10);
                TrainingEnrolment e = new TrainingEnrolment(
                        session, s, a, EnrolmentSource.COORDINATOR, LocalDateTime.of(2026, 2, 1, 9, 0));
                e.place(0, LocalDateTime.of(2026, 2, 1, 9, 0));
                em.persist(e);
                TrainingCompletion c = new TrainingCompletion(e);
                em.persist(c);
                em.flush();
                return new Object[] {c.getVerificationCode(), b.getId()};
            });
            String code = (String) made[0];
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            byte[] pdf = t.certificates.pdf(
                    code, "https://kaocheng.example/public/certificate.xhtml", Locale.SIMPLIFIED_CHINESE);
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertTrue(text.contains("欧阳明月"), text);
            assertTrue(text.contains("结业证书"), text);
            assertTrue(text.contains("新任政务公开专员岗前培训"), text);
            assertTrue(text.contains(code), "the verification code with its digits: " + text);

            TrainingTestAccess operatorB = TrainingFixture.services(em, TrainingFixture.operator((Long) made[1]));
            assertThrows(
                    AccessDeniedException.class,
                    () -> operatorB.certificates.pdf(code, "x", Locale.SIMPLIFIED_CHINESE));
        } finally {
            em.close();
            emf.close();
        }
    }
}
