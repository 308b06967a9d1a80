package org.kaocheng.staff;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.PostingStart;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/** Small builders for persistence tests. */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    public static RankingGroup group(EntityManager em, String code) {
        RankingGroup g = new RankingGroup(code, "组" + code, 1);
        em.persist(g);
        return g;
    }

    public static Unit unit(EntityManager em, String code, String name, RankingGroup group) {
        Unit u = new Unit(code, name, UnitCategory.DEPARTMENT, null, group);
        em.persist(u);
        return u;
    }

    public static Staff staff(EntityManager em, Unit unit, String name) {
        Staff s = new Staff(unit, name, null, null, LocalDate.of(2020, 1, 1));
        em.persist(s);
        return s;
    }

    public static Posting posting(EntityManager em, Staff staff, Unit unit, PostType type, String start, String end,
            PostingEnd endKind) {
        Posting p = new Posting(staff, unit, type, LocalDate.parse(start), PostingStart.APPOINT, null);
        if (end != null) {
            p.end(LocalDate.parse(end), endKind);
        }
        em.persist(p);
        return p;
    }
}
