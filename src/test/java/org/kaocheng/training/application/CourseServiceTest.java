package org.kaocheng.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.TrainingFixture;
import org.kaocheng.training.domain.CourseLevel;
import org.kaocheng.training.domain.CourseType;
import org.kaocheng.training.domain.TrainingCourse;

/**
 * A course's hours are kept in NUMERIC(5,1) (and copied so into each completion): more than the
 * bound, or a second decimal, is refused with a message instead of a database error or a silent
 * rounding, on create and on update, on H2 and PostgreSQL.
 */
class CourseServiceTest {

    private static CourseService.CourseForm form(String hours) {
        return new CourseService.CourseForm(
                "政务公开业务培训",
                CourseLevel.DISTRICT,
                "区政务公开办",
                CourseType.IN_PERSON,
                new BigDecimal(hours),
                null,
                Set.of(),
                false,
                null,
                BigDecimal.ONE,
                null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hoursBeyondTheBoundOrWithASecondDecimalAreRefusedWithAMessage(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            CourseService courses = TrainingFixture.services(em, TrainingFixture.coordinator()).courses;
            for (String bad : List.of("1000.5", "10000", "1.25")) {
                BusinessRuleException e = assertThrows(
                        BusinessRuleException.class,
                        () -> TrainingFixture.tx(em, () -> courses.create(form(bad))),
                        bad);
                assertEquals("training.course.hours.range", e.getMessageKey(), bad);
                assertEquals(List.of(BigDecimal.valueOf(1000)), List.of(e.getArguments()));
            }
            em.clear();
            assertEquals(
                    0L,
                    em.createQuery("SELECT COUNT(c) FROM TrainingCourse c", Long.class)
                            .getSingleResult());

            TrainingCourse saved = TrainingFixture.tx(em, () -> courses.create(form("1000")));
            assertThrows(
                    BusinessRuleException.class,
                    () -> TrainingFixture.tx(
                            em, () -> courses.update(saved.getId(), saved.getVersion(), form("99999"))));
            em.clear();
            assertEquals(
                    0,
                    new BigDecimal("1000")
                            .compareTo(
                                    em.find(TrainingCourse.class, saved.getId()).getHours()),
                    "the bound is kept, a refused update leaves it unchanged");
        } finally {
            em.close();
            emf.close();
        }
    }
}
