package org.kaocheng.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.report.domain.AnnualDistrictText;
import org.kaocheng.report.domain.AnnualRegister;
import org.kaocheng.report.domain.RegisterFigures;
import org.kaocheng.report.domain.ReportTexts;
import org.kaocheng.unit.domain.Unit;

/**
 * The demo district's annual registers and texts for every unit and the years the demo has
 * disclosure records (last year and this year), so that every unit's and the district's report
 * passes its checks and can be exported. Runs after the disclosure records (order 300) and does
 * nothing when a register exists. Deterministic: a fixed seed.
 */
@ApplicationScoped
public class AnnualReportDemoData implements DemoDataLoader {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Override
    public int order() {
        return 700;
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(r) FROM AnnualRegister r", Long.class).getSingleResult() > 0) {
            return;
        }
        Random random = new Random(20260700L);
        int thisYear = LocalDate.now().getYear();
        for (int year = thisYear - 1; year <= thisYear; year++) {
            // the units the report expects a register of: active, or closed during or after the year
            List<Unit> units = em.createQuery(
                            "SELECT u FROM Unit u WHERE u.active = :active OR u.closedOn >= :from" + " ORDER BY u.code",
                            Unit.class)
                    .setParameter("active", true)
                    .setParameter("from", LocalDate.of(year, 1, 1))
                    .getResultList();
            if (units.isEmpty()) {
                return;
            }
            for (Unit unit : units) {
                long issued =
                        AnnualReportQueries.proactive(em, unit.getId(), year).normativeIssued();
                int normativeRepealed = random.nextInt(3);
                AnnualRegister r = new AnnualRegister(unit, year);
                r.setFigures(new RegisterFigures(
                        0,
                        0,
                        0,
                        normativeRepealed,
                        (int) issued + 8 + random.nextInt(30),
                        40 + random.nextInt(900),
                        random.nextInt(120),
                        random.nextInt(15),
                        BigDecimal.valueOf(random.nextInt(2_000_000), 4)));
                r.setTexts(new ReportTexts(
                        year + "年，" + unit.getName() + "坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                                + "围绕中心工作做好主动公开、依申请公开和政策解读，政府信息公开工作质量稳步提升。\n"
                                + "一是加强组织领导，明确分管领导和政务公开专员；二是规范依申请公开办理流程，严格按照法定时限答复；"
                                + "三是加强政务新媒体管理，及时更新发布内容。",
                        "一是工作人员变动较频繁，业务培训有待加强；二是部分政策解读形式较单一。" + "下一步将加强岗前培训和日常培训，丰富图表、视频等解读形式。",
                        "本单位" + year + "年未收取信息处理费。"));
                em.persist(r);
            }
            AnnualDistrictText district = new AnnualDistrictText(year);
            district.setTexts(new ReportTexts(
                    year + "年，全区各单位深入贯彻落实《中华人民共和国政府信息公开条例》，全面推进决策、执行、管理、服务、结果公开，" + "加强政策解读和回应关切，政务公开工作取得新成效。",
                    "一是部分单位政务公开工作人员变动频繁，业务能力有待提升；二是个别单位重复发布、多头发布的问题仍然存在。" + "下一步将健全常态化培训机制，加强信息发布审核。",
                    "全区" + year + "年未收取信息处理费。"));
            em.persist(district);
        }
        em.flush();
    }
}
