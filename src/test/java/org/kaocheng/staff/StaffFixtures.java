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

    private StaffFixtures() {}

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

    public static Posting posting(
            EntityManager em, Staff staff, Unit unit, PostType type, String start, String end, PostingEnd endKind) {
        Posting p = new Posting(staff, unit, type, LocalDate.parse(start), PostingStart.APPOINT, null);
        if (end != null) {
            p.end(LocalDate.parse(end), endKind);
        }
        em.persist(p);
        return p;
    }

    /**
     * Units A (甲局) and B (乙镇) through 2024, a leap year: a transfer A → B on 1 July, a
     * concurrent post, a full-time officer who becomes designated officer, a departure on
     * 31 December, a joiner at B. The turnover and staff-metric tests work their figures out by
     * hand from it. Returns the ids of A and B.
     */
    public static long[] turnover2024(EntityManager e) {
        RankingGroup g = group(e, "G1");
        Unit a = unit(e, "A", "甲局", g);
        Unit b = unit(e, "B", "乙镇", g);
        Staff alice = staff(e, a, "艾丽");
        posting(e, alice, a, PostType.DESIGNATED_OFFICER, "2022-03-01", "2024-07-01", PostingEnd.TRANSFER);
        posting(e, alice, b, PostType.DESIGNATED_OFFICER, "2024-07-01", null, null);
        Staff bob = staff(e, a, "鲍勃");
        posting(e, bob, a, PostType.PART_TIME, "2023-01-01", null, null);
        posting(e, bob, a, PostType.NEW_MEDIA_ADMIN, "2023-06-01", null, null);
        Staff carol = staff(e, a, "卡罗");
        posting(e, carol, a, PostType.FULL_TIME, "2024-03-01", null, null);
        posting(e, carol, a, PostType.DESIGNATED_OFFICER, "2024-09-01", null, null);
        Staff dave = staff(e, a, "戴夫");
        posting(e, dave, a, PostType.PART_TIME, "2021-01-01", "2024-12-31", PostingEnd.LEAVE);
        Staff eve = staff(e, b, "伊芙");
        posting(e, eve, b, PostType.FULL_TIME, "2024-01-01", null, null);
        e.flush();
        return new long[] {a.getId(), b.getId()};
    }
}
