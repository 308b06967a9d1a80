package org.kaocheng.unit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/** The unit list's filters, as its column filters send them. */
class UnitListTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCategoryFilterTakesACategoryAndMatchesNothingForAnyOtherText(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                StaffFixtures.unit(e, "A", "甲局", g);
                e.persist(new Unit("T", "丙镇", UnitCategory.TOWN, null, g));
            });
            UserAccount admin = new UserAccount("admin", "管理员", "x");
            admin.setRoles(EnumSet.of(Role.ADMIN));
            UnitService units = new UnitService();
            units.em = em;
            units.user = CurrentUser.of(admin);

            assertEquals(List.of("T"), codes(units, "TOWN"));
            assertEquals(List.of("T"), codes(units, UnitCategory.TOWN));
            assertEquals(List.of("A", "T"), codes(units, ""));
            assertEquals(List.of(), codes(units, "镇"), "a label typed instead of the code matches no unit");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static List<String> codes(UnitService units, Object category) {
        return units.page(new PageRequest(0, 20, null, true, Map.of("category", category))).rows().stream()
                .map(Unit::getCode)
                .toList();
    }
}
