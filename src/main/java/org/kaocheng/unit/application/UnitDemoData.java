package org.kaocheng.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import org.kaocheng.platform.security.Passwords;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.startup.DemoBanner;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * The demo district 示范区 (fictional): the district government, 25 district departments and
 * 15 towns and street offices in two ranking groups, and one demo account per role.
 */
@ApplicationScoped
public class UnitDemoData implements DemoDataLoader {

    /** The unit the demo unit operator works for. */
    public static final String OPERATOR_UNIT_CODE = "D01";

    static final List<String> DEPARTMENTS = List.of(
            "区教育局",
            "区卫生健康委员会",
            "区财政局",
            "区人力资源和社会保障局",
            "区自然资源局",
            "区生态环境分局",
            "区住房和城乡建设局",
            "区交通运输局",
            "区水利局",
            "区农业农村局",
            "区商务局",
            "区文化和旅游局",
            "区应急管理局",
            "区市场监督管理局",
            "区统计局",
            "区医疗保障局",
            "区民政局",
            "区司法局",
            "区发展和改革委员会",
            "区工业和信息化局",
            "区审计局",
            "区退役军人事务局",
            "区城市管理局",
            "区行政审批服务局",
            "区政府办公室");
    static final List<String> TOWNS = List.of("东湖镇", "西山镇", "南塘镇", "北港镇", "青石镇", "白沙镇", "柳林镇", "桃源镇", "枫桥镇", "梅岭镇");
    static final List<String> STREETS = List.of("城关街道", "新华街道", "人民路街道", "滨江街道", "开发区街道");

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void load() {
        if (!em.createNamedQuery("Unit.all", Unit.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return;
        }
        RankingGroup departments = new RankingGroup("DEPT", "区级部门", 1);
        RankingGroup towns = new RankingGroup("TOWN", "镇街", 2);
        em.persist(departments);
        em.persist(towns);
        Unit district = new Unit("D00", "示范区人民政府", UnitCategory.DISTRICT, null, null);
        em.persist(district);
        Unit operatorUnit = null;
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            Unit u = new Unit(
                    String.format("D%02d", i + 1), DEPARTMENTS.get(i), UnitCategory.DEPARTMENT, district, departments);
            em.persist(u);
            if (u.getCode().equals(OPERATOR_UNIT_CODE)) {
                operatorUnit = u;
            }
        }
        for (int i = 0; i < TOWNS.size(); i++) {
            em.persist(new Unit(String.format("T%02d", i + 1), TOWNS.get(i), UnitCategory.TOWN, district, towns));
        }
        for (int i = 0; i < STREETS.size(); i++) {
            em.persist(new Unit(String.format("S%02d", i + 1), STREETS.get(i), UnitCategory.STREET, district, towns));
        }
        em.flush();

        String hash = Passwords.hash(DemoBanner.DEMO_PASSWORD);
        account("admin", "王管理", hash, Role.ADMIN, null);
        account("auditor", "李审计", hash, Role.AUDITOR, null);
        account("coordinator", "张培训", hash, Role.COORDINATOR, null);
        account("operator", "陈填报", hash, Role.UNIT_OPERATOR, operatorUnit.getId());
        account("assessor", "刘考核", hash, Role.ASSESSOR, null);
        account("leader", "赵领导", hash, Role.VIEWER, null);
        em.flush();
    }

    private void account(String username, String name, String hash, Role role, Long unitId) {
        UserAccount account = new UserAccount(username, name, hash);
        // Demo accounts are ready to use; real accounts must change their password first.
        account.changePasswordHash(hash, false);
        account.setRoles(EnumSet.of(role));
        account.setUnitId(unitId);
        em.persist(account);
    }
}
