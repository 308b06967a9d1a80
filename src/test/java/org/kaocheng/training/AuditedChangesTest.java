package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.audit.AuditChange;
import org.kaocheng.platform.audit.AuditEntry;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.domain.CompletionRule;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * The audit trail keeps old and new value of every kind of attribute, on H2 and PostgreSQL: a
 * collection of values (an account's roles, the post types a course is required for), an
 * embedded value (a course's completion rule) and a reference (a unit's parent, by id on both
 * sides). Before, a collection read "(changed)" with no values, and a creation left it out.
 */
class AuditedChangesTest {

    @BeforeEach
    void signIn() {
        ThreadContext.bind(new Subject.Builder(new DefaultSecurityManager())
                .principals(new SimplePrincipalCollection("admin1", "test"))
                .authenticated(true)
                .buildSubject());
    }

    @AfterEach
    void signOut() {
        ThreadContext.unbindSubject();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void collectionsEmbeddedValuesAndReferencesAreAuditedWithOldAndNewValues(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long[] ids = TestDatabase.inTransaction(em, e -> {
                UserAccount account = new UserAccount("wang", "王五", "x");
                account.setRoles(EnumSet.of(Role.VIEWER));
                e.persist(account);
                TrainingCourse course = TrainingFixture.course(e, "政务公开条例解读", "4", "1", null);
                course.setRequiredFor(EnumSet.of(PostType.FULL_TIME));
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit district = StaffFixtures.unit(e, "D", "区政府办", g);
                Unit other = StaffFixtures.unit(e, "O", "区财政局", g);
                Unit town = new Unit("T", "青石镇", district.getCategory(), district, g);
                e.persist(town);
                e.flush();
                return new Long[] {account.getId(), course.getId(), district.getId(), other.getId(), town.getId()};
            });
            assertEquals("[VIEWER]", value(em, "UserAccount", ids[0], "CREATE", false, "roles"));
            assertEquals("[FULL_TIME]", value(em, "TrainingCourse", ids[1], "CREATE", false, "requiredFor"));
            assertEquals(
                    "1", value(em, "TrainingCourse", ids[1], "CREATE", false, "completionRule.requiredAttendance"));

            TestDatabase.inTransaction(em, e -> {
                e.find(UserAccount.class, ids[0]).setRoles(EnumSet.of(Role.VIEWER, Role.ASSESSOR));
                TrainingCourse course = e.find(TrainingCourse.class, ids[1]);
                course.setRequiredFor(EnumSet.of(PostType.PART_TIME));
                course.setCompletionRule(new CompletionRule(new BigDecimal("0.8"), new BigDecimal("60")));
                e.find(Unit.class, ids[4]).setParent(e.find(Unit.class, ids[3]));
                e.flush();
            });
            assertEquals("[VIEWER]", value(em, "UserAccount", ids[0], "UPDATE", true, "roles"));
            assertEquals("[ASSESSOR, VIEWER]", value(em, "UserAccount", ids[0], "UPDATE", false, "roles"));
            assertEquals("[FULL_TIME]", value(em, "TrainingCourse", ids[1], "UPDATE", true, "requiredFor"));
            assertEquals("[PART_TIME]", value(em, "TrainingCourse", ids[1], "UPDATE", false, "requiredFor"));
            assertEquals(
                    0,
                    new BigDecimal("0.8")
                            .compareTo(new BigDecimal(value(
                                    em,
                                    "TrainingCourse",
                                    ids[1],
                                    "UPDATE",
                                    false,
                                    "completionRule.requiredAttendance"))));
            assertEquals("60", value(em, "TrainingCourse", ids[1], "UPDATE", false, "completionRule.minExamScore"));
            assertEquals(String.valueOf(ids[2]), value(em, "Unit", ids[4], "UPDATE", true, "parent"));
            assertEquals(String.valueOf(ids[3]), value(em, "Unit", ids[4], "UPDATE", false, "parent"));
        } finally {
            em.close();
            emf.close();
        }
    }

    /** An attribute's old ({@code old}) or new value in the entity's one audit row of the action. */
    private static String value(EntityManager em, String type, Long id, String action, boolean old, String attribute) {
        List<AuditEntry> rows = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id AND e.action = :action",
                        AuditEntry.class)
                .setParameter("type", type)
                .setParameter("id", String.valueOf(id))
                .setParameter("action", action)
                .getResultList();
        assertEquals(1, rows.size(), type + " " + action);
        assertEquals("admin1", rows.get(0).getUsername());
        for (AuditChange change : rows.get(0).getChanges()) {
            if (change.attribute().equals(attribute)) {
                return old ? change.oldValue() : change.newValue();
            }
        }
        throw new AssertionError(attribute + " not in " + rows.get(0).getChanges());
    }
}
