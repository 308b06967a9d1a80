package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.kaocheng.disclosure.domain.ConcernChannel;
import org.kaocheng.disclosure.domain.ConcernResponse;
import org.kaocheng.disclosure.domain.PressEvent;
import org.kaocheng.disclosure.domain.PressEventKind;
import org.kaocheng.disclosure.domain.PublicityEvent;
import org.kaocheng.disclosure.domain.ReadingPoint;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * The demo district's work-summary registers since the start of last year: press conferences
 * and online interviews, responses to public concerns (a few major), the seed's
 * "政务公开在行动" publicity events, and a reading point in every town and street office plus
 * the administrative service centre, with monthly service entries. Runs after the disclosure
 * records (order 300); does nothing when a reading point exists. Deterministic: a fixed seed,
 * dates relative to today.
 */
@ApplicationScoped
public class RegisterDemoData implements DemoDataLoader {

    private static final String[] PRESS = {
        "%s年度重点民生实事项目新闻发布会", "优化营商环境政策解读新闻发布会", "城乡居民医保政策在线访谈", "义务教育招生政策在线访谈", "防汛防台工作新闻发布会", "老旧小区改造工作在线访谈"
    };
    private static final String[] CONCERNS = {
        "燃气安全隐患排查整治", "学区划分调整", "老旧小区加装电梯补贴", "公交线路调整", "农贸市场改造期间临时安置", "特困人员救助标准", "暴雨期间道路积水", "医保异地就医备案"
    };

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Override
    public int order() {
        return 310;
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(p) FROM ReadingPoint p", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Unit> units = em.createNamedQuery("Unit.active", Unit.class)
                .setParameter("active", true)
                .getResultList();
        if (units.isEmpty()) {
            return;
        }
        Random random = new Random(20260310L);
        LocalDate today = LocalDate.now();
        int lastYear = today.getYear() - 1;
        Unit office = units.stream()
                .filter(u -> u.getName().contains("政府办公室"))
                .findFirst()
                .orElse(units.get(0));
        Unit approvals = units.stream()
                .filter(u -> u.getName().contains("行政审批"))
                .findFirst()
                .orElse(office);
        List<Unit> departments = units.stream()
                .filter(u -> u.getCategory() == UnitCategory.DEPARTMENT)
                .toList();
        List<Unit> local = units.stream()
                .filter(u -> u.getCategory() == UnitCategory.TOWN || u.getCategory() == UnitCategory.STREET)
                .toList();
        List<Unit> speakers = departments.isEmpty() ? units : departments;

        for (int year = lastYear; year <= today.getYear(); year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
            int span = Math.max(1, (int) (end.toEpochDay() - start.toEpochDay()));
            for (int k = 0; k < 8; k++) {
                Unit unit = k % 2 == 0 ? office : speakers.get(random.nextInt(speakers.size()));
                String title = String.format(PRESS[k % PRESS.length], year);
                PressEventKind kind =
                        title.contains("访谈") ? PressEventKind.ONLINE_INTERVIEW : PressEventKind.PRESS_CONFERENCE;
                em.persist(new PressEvent(
                        unit,
                        start.plusDays(random.nextInt(span)),
                        kind,
                        title,
                        kind == PressEventKind.ONLINE_INTERVIEW
                                ? unit.getName() + "分管负责人"
                                : "区政府新闻发言人、" + unit.getName() + "负责人"));
            }
            for (int k = 0; k < 14; k++) {
                Unit unit = k < 4 ? office : units.get(random.nextInt(units.size()));
                em.persist(new ConcernResponse(
                        unit,
                        start.plusDays(random.nextInt(span)),
                        "关于" + CONCERNS[random.nextInt(CONCERNS.length)] + "的回应",
                        ConcernChannel.values()[random.nextInt(ConcernChannel.values().length)],
                        k % 7 == 0));
            }
            LocalDate campaign = start.plusDays(Math.min(span - 3, 150 + random.nextInt(60)));
            PublicityEvent main =
                    new PublicityEvent(office, campaign, campaign.plusDays(2), "“政务公开在行动——民生政策进万家”系列宣传活动");
            main.setVenue("区政务服务中心广场", true);
            main.setReach(800L + random.nextInt(700), 3000L + random.nextInt(3000), 80_000L + random.nextInt(60_000));
            em.persist(main);
            for (int k = 0; k < 4 && !local.isEmpty(); k++) {
                Unit unit = local.get(random.nextInt(local.size()));
                LocalDate day = start.plusDays(random.nextInt(span));
                PublicityEvent event = new PublicityEvent(unit, day, day, unit.getName() + "政策宣讲进社区");
                event.setVenue(unit.getName() + "便民服务中心", false);
                event.setReach(50L + random.nextInt(150), 200L + random.nextInt(400), 0L);
                em.persist(event);
            }
        }

        LocalDate opened = LocalDate.of(lastYear - 1, 6, 1);
        ReadingPoint centre = new ReadingPoint(approvals, "区行政审批中心政府信息公开体验区", "区政务服务中心一楼", opened);
        em.persist(centre);
        monthly(centre, opened, today, random, 60);
        for (Unit unit : local) {
            ReadingPoint point =
                    new ReadingPoint(unit, unit.getName() + "政府信息公开查阅点", unit.getName() + "便民服务中心", opened);
            em.persist(point);
            monthly(point, opened, today, random, 15);
        }
        em.flush();
    }

    /** A monthly entry for every month since last January that has ended. */
    private static void monthly(ReadingPoint point, LocalDate opened, LocalDate today, Random random, int scale) {
        YearMonth month = YearMonth.of(today.getYear() - 1, 1);
        YearMonth current = YearMonth.from(today);
        while (month.isBefore(current)) {
            if (!month.atEndOfMonth().isBefore(opened)) {
                point.record(
                        month.atDay(1), true, (long) scale + random.nextInt(scale * 2), (long) random.nextInt(scale));
            }
            month = month.plusMonths(1);
        }
    }
}
