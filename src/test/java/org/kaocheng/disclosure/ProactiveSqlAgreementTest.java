package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.ItemQuery;
import org.kaocheng.disclosure.application.ItemRow;
import org.kaocheng.disclosure.application.TimelinessQueries;
import org.kaocheng.disclosure.application.UnitItemCounts;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.Timeliness;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * The SQL of proactive and interpretation timeliness gives the same deadline, state and
 * lateness as the Java rule for every item, on H2 and PostgreSQL, and counts them per unit.
 */
class ProactiveSqlAgreementTest {

    private static final CalendarFixture CAL = CalendarFixture.CHINA_2024_2026;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sqlAndJavaAgreeOnEveryItemAndInterpretation(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            List<ProactiveItem> items = TestDatabase.inTransaction(em, e -> {
                CAL.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                Random random = new Random(42);
                List<ProactiveItem> all = new ArrayList<>();
                List<ProactiveItem> documents = new ArrayList<>();
                LocalDate start = d("2024-01-02");
                for (int k = 0; k < 160; k++) {
                    LocalDate formed = start.plusDays(random.nextInt(700));
                    LocalDate published = random.nextInt(5) == 0 ? null : formed.plusDays(random.nextInt(45));
                    ProactiveItem item =
                            new ProactiveItem(k % 2 == 0 ? a : b, "事项" + k, formed, PublicationChannel.values()[k % 4]);
                    item.setDates(formed, published);
                    if (k % 7 == 0) {
                        item.setNormative(true);
                        documents.add(item);
                    } else if (k % 5 == 0 && !documents.isEmpty()) {
                        ProactiveItem doc = documents.get(random.nextInt(documents.size()));
                        item.interpret(doc);
                        LocalDate base = doc.getPublishedOn() == null ? formed : doc.getPublishedOn();
                        LocalDate p = random.nextInt(4) == 0 ? null : base.plusDays(random.nextInt(8));
                        item.setDates(formed.isAfter(base) ? base : formed, p);
                    }
                    e.persist(item);
                    all.add(item);
                }
                e.flush();
                return all;
            });
            Map<Long, ProactiveItem> byId = new HashMap<>();
            items.forEach(i -> byId.put(i.getId(), i));
            for (DisclosureSettings settings :
                    List.of(DisclosureSettings.STATUTORY, new DisclosureSettings(20, 0, 20, 7, 20, 5, 180, 14, 3))) {
                for (LocalDate today : List.of(d("2024-03-11"), d("2024-10-08"), d("2025-06-30"), d("2025-12-31"))) {
                    List<ItemRow> rows = TimelinessQueries.items(em, settings, today, ItemQuery.all(), 0, 1000);
                    long interpretations = items.stream()
                            .filter(i -> i.getInterpretationOf() != null)
                            .count();
                    assertEquals(
                            items.size() + interpretations, rows.size(), "one row per item and per interpretation");
                    assertEquals(rows.size(), TimelinessQueries.countItems(em, settings, today, ItemQuery.all()));
                    for (ItemRow row : rows) {
                        ProactiveItem item = byId.get(row.id());
                        Timeliness java = row.isInterpretation()
                                ? item.interpretationTimeliness(settings.interpretationDays(), today, CAL)
                                : item.timeliness(settings.proactiveDays(), today, CAL);
                        String what = row.kind() + " " + item.getTitle() + " as of " + today;
                        assertEquals(java.due(), row.due(), what);
                        assertEquals(java.state(), row.state(), what);
                        assertEquals(java.lateBy(), row.lateBy(), what);
                        assertEquals(java.provisional(), row.provisional(), what);
                    }
                    assertPagesAndFiltersAgree(em, settings, today, rows);
                    assertTrendAgrees(em, settings, today, rows);
                    assertCountsAgree(em, settings, today, rows, null, null);
                    assertCountsAgree(em, settings, today, rows, d("2024-02-01"), d("2024-04-30"));
                    assertCountsAgree(em, settings, today, rows, d("2024-03-15"), d("2024-03-15"));
                }
            }
        } finally {
            em.close();
            emf.close();
        }
    }

    /**
     * Pages chosen before any deadline is computed (no state or title filter) are the pages of the
     * whole list, by kind too; lists filtered by state (every row's state computed first) are the
     * whole list filtered; and their counts agree.
     */
    private static void assertPagesAndFiltersAgree(
            EntityManager em, DisclosureSettings settings, LocalDate today, List<ItemRow> rows) {
        String what = "as of " + today + " with " + settings;
        List<ItemRow> paged = new ArrayList<>();
        for (int first = 0; first < rows.size(); first += 25) {
            paged.addAll(TimelinessQueries.items(em, settings, today, ItemQuery.all(), first, 25));
        }
        assertEquals(rows, paged, "pages of 25 " + what);
        for (String kind : List.of("ITEM", "INTERPRETATION")) {
            ItemQuery q = new ItemQuery(null, null, null, kind, null, null);
            List<ItemRow> expected =
                    rows.stream().filter(r -> r.kind().equals(kind)).toList();
            assertEquals(
                    expected.subList(10, 20), TimelinessQueries.items(em, settings, today, q, 10, 10), kind + what);
            assertEquals(expected.size(), TimelinessQueries.countItems(em, settings, today, q), kind + what);
        }
        for (ItemState state : ItemState.values()) {
            ItemQuery q = new ItemQuery(null, null, null, null, state, null);
            List<ItemRow> expected =
                    rows.stream().filter(r -> r.state() == state).toList();
            assertEquals(expected, TimelinessQueries.items(em, settings, today, q, 0, 1000), state + what);
            assertEquals(expected.size(), TimelinessQueries.countItems(em, settings, today, q), state + what);
        }
    }

    /** The dashboard's monthly trend of 2024 (items by formed month) equals the list counted by state. */
    private static void assertTrendAgrees(
            EntityManager em, DisclosureSettings settings, LocalDate today, List<ItemRow> rows) {
        List<Long> units =
                new ArrayList<>(rows.stream().map(ItemRow::unitId).distinct().toList());
        units.add(null);
        for (Long unitId : units) {
            long[] decided = new long[13];
            long[] onTime = new long[13];
            for (ItemRow r : rows) {
                if (r.isInterpretation()
                        || r.formedOn().getYear() != 2024
                        || (unitId != null && !unitId.equals(r.unitId()))) {
                    continue;
                }
                int m = r.formedOn().getMonthValue();
                if (r.state() != ItemState.PENDING) {
                    decided[m]++;
                }
                if (r.state() == ItemState.ON_TIME) {
                    onTime[m]++;
                }
            }
            List<org.kaocheng.disclosure.application.MonthTrend> trend =
                    TimelinessQueries.monthlyTrend(em, settings, today, unitId, 2024);
            assertEquals(
                    List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                    trend.stream()
                            .map(org.kaocheng.disclosure.application.MonthTrend::month)
                            .toList(),
                    "the trend of unit " + unitId + " has every month of the year, in order");
            for (org.kaocheng.disclosure.application.MonthTrend t : trend) {
                String what = "trend of unit " + unitId + ", month " + t.month() + ", as of " + today;
                assertEquals(decided[t.month()], t.itemsDecided(), what);
                assertEquals(onTime[t.month()], t.itemsOnTime(), what);
            }
        }
    }

    /**
     * The per-unit counts (the dashboard's and the appraisal's) equal the rows of the list counted
     * by state, for the rows whose day zero (the base day, else the formed day) is in the period;
     * the missing interpretations equal the list of them.
     */
    private static void assertCountsAgree(
            EntityManager em,
            DisclosureSettings settings,
            LocalDate today,
            List<ItemRow> rows,
            LocalDate from,
            LocalDate to) {
        Map<String, Long> expected = new HashMap<>();
        for (ItemRow row : rows) {
            LocalDate dayZero = row.baseOn() != null ? row.baseOn() : row.formedOn();
            if ((from == null || !dayZero.isBefore(from)) && (to == null || !dayZero.isAfter(to))) {
                expected.merge(row.unitId() + " " + row.kind() + " " + row.state(), 1L, Long::sum);
                expected.merge(row.unitId() + " " + row.kind(), 1L, Long::sum);
            }
        }
        String what = "counts as of " + today + " for " + from + ".." + to + " with " + settings;
        // a unit's list of the period is the same rows, in the same order, as the full list filtered
        for (Long unitId : rows.stream().map(ItemRow::unitId).distinct().toList()) {
            List<ItemRow> expectedRows = rows.stream()
                    .filter(r -> r.unitId().equals(unitId))
                    .filter(r -> {
                        LocalDate dayZero = r.baseOn() != null ? r.baseOn() : r.formedOn();
                        return (from == null || !dayZero.isBefore(from)) && (to == null || !dayZero.isAfter(to));
                    })
                    .toList();
            ItemQuery query = new ItemQuery(unitId, from, to, null, null, null);
            assertEquals(expectedRows, TimelinessQueries.items(em, settings, today, query, 0, 1000), what);
            assertEquals(expectedRows.size(), TimelinessQueries.countItems(em, settings, today, query), what);
        }
        List<UnitItemCounts> counts = TimelinessQueries.itemCounts(em, settings, today, null, from, to);
        assertEquals(2, counts.size(), what);
        for (UnitItemCounts c : counts) {
            String item = c.unitId() + " ITEM";
            String interpretation = c.unitId() + " INTERPRETATION";
            assertEquals(expected.getOrDefault(item, 0L), c.items(), what);
            assertEquals(expected.getOrDefault(item + " ON_TIME", 0L), c.itemsOnTime(), what);
            assertEquals(expected.getOrDefault(item + " LATE", 0L), c.itemsLate(), what);
            assertEquals(expected.getOrDefault(item + " OVERDUE", 0L), c.itemsOverdue(), what);
            assertEquals(expected.getOrDefault(item + " PENDING", 0L), c.itemsPending(), what);
            assertEquals(expected.getOrDefault(interpretation, 0L), c.interpretations(), what);
            assertEquals(expected.getOrDefault(interpretation + " ON_TIME", 0L), c.interpretationsOnTime(), what);
            assertEquals(expected.getOrDefault(interpretation + " LATE", 0L), c.interpretationsLate(), what);
            assertEquals(expected.getOrDefault(interpretation + " OVERDUE", 0L), c.interpretationsOverdue(), what);
            assertEquals(expected.getOrDefault(interpretation + " PENDING", 0L), c.interpretationsPending(), what);
            assertEquals(
                    TimelinessQueries.missingInterpretations(em, c.unitId(), from, to)
                            .size(),
                    c.missingInterpretations(),
                    what);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsRatesAndMissingInterpretationsPerUnit(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long unitId = TestDatabase.inTransaction(em, e -> {
                CAL.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                // Formed Mon 2024-02-05, due 2024-03-08 (see TimelinessTest).
                item(e, a, "按时", "2024-02-05", "2024-03-08", false);
                item(e, a, "逾期发布", "2024-02-05", "2024-03-11", false);
                item(e, a, "未发布已逾期", "2024-02-05", null, false);
                item(e, a, "未发布未到期", "2024-03-01", null, false);
                // Normative document published Thu 2024-02-08; interpretation due 02-19 (3 working days).
                ProactiveItem doc = item(e, a, "规范性文件", "2024-02-01", "2024-02-08", true);
                ProactiveItem interpretation = item(e, a, "政策解读", "2024-02-08", "2024-02-20", false);
                interpretation.interpret(doc);
                item(e, a, "无解读的规范性文件", "2024-02-01", "2024-02-26", true);
                item(e, a, "上一年", "2023-12-20", "2023-12-21", false);
                e.flush();
                return a.getId();
            });
            // as of 2024-03-12; period February 2024 (formed dates / document publication)
            DisclosureSettings s = DisclosureSettings.STATUTORY;
            List<UnitItemCounts> counts =
                    TimelinessQueries.itemCounts(em, s, d("2024-03-12"), unitId, d("2024-02-01"), d("2024-02-29"));
            assertEquals(1, counts.size());
            UnitItemCounts c = counts.get(0);
            // items formed in February: 按时, 逾期发布, 未发布已逾期, 规范性文件, 政策解读, 无解读的规范性文件 = 6
            // (未发布未到期 is formed 03-01; 上一年 in 2023)
            assertEquals(6, c.items());
            // 按时 ON_TIME; 逾期发布 LATE; 未发布已逾期 OVERDUE; 规范性文件 (published 02-08) ON_TIME;
            // 政策解读 as an item (formed 02-08, published 02-20) ON_TIME; 无解读的规范性文件 formed Thu 02-01:
            // 02-02 (1), Sun 02-04 make-up (2), 02-05..02-09 (3-7), 02-18 (8), 02-19..02-23 (9-13),
            // 02-26..03-01 (14-18), 03-04 (19), 03-05 (20): published 02-26, ON_TIME.
            assertEquals(4, c.itemsOnTime());
            assertEquals(1, c.itemsLate());
            assertEquals(1, c.itemsOverdue());
            assertEquals(0, c.itemsPending());
            assertEquals(new BigDecimal("0.6667"), c.getItemOnTimeRate(), "4 / (4 + 1 + 1)");
            assertEquals(1, c.interpretations());
            assertEquals(1, c.interpretationsLate(), "published 02-20, due 02-19");
            assertEquals(new BigDecimal("0.0000"), c.getInterpretationOnTimeRate());
            assertEquals(1, c.missingInterpretations(), "无解读的规范性文件");
            assertEquals(
                    "无解读的规范性文件",
                    TimelinessQueries.missingInterpretations(em, unitId, d("2024-02-01"), d("2024-02-29"))
                            .get(0)
                            .title());

            List<ItemRow> overdue = TimelinessQueries.items(
                    em, s, d("2024-03-12"), new ItemQuery(unitId, null, null, "ITEM", ItemState.OVERDUE, null), 0, 50);
            assertEquals(List.of("未发布已逾期"), overdue.stream().map(ItemRow::title).toList());
            assertEquals(2, overdue.get(0).lateBy(), "03-11, 03-12");
            // 未发布未到期 formed Fri 03-01: 03-04..03-08 (1-5), 03-11..03-15 (6-10), 03-18..03-22 (11-15),
            // 03-25..03-29 (16-20): due 03-29. On 03-12 five working days reach 03-19: not yet; on 03-25 they reach
            // 04-01.
            assertTrue(TimelinessQueries.itemsDueSoon(em, s, d("2024-03-12"), unitId, 5, 10)
                    .isEmpty());
            List<ItemRow> soon = TimelinessQueries.itemsDueSoon(em, s, d("2024-03-25"), unitId, 5, 10);
            assertEquals(List.of("未发布未到期"), soon.stream().map(ItemRow::title).toList());
            assertEquals(d("2024-03-29"), soon.get(0).due());
            List<ItemRow> found = TimelinessQueries.items(
                    em, s, d("2024-03-12"), new ItemQuery(null, null, null, null, null, "逾期"), 0, 50);
            assertEquals(
                    List.of("未发布已逾期", "逾期发布"),
                    found.stream().map(ItemRow::title).sorted().toList(),
                    "the search finds both titles with the text");
            assertTrue(found.stream().allMatch(r -> r.title().contains("逾期")));
        } finally {
            em.close();
            emf.close();
        }
    }

    static ProactiveItem item(
            EntityManager em, Unit unit, String title, String formed, String published, boolean normative) {
        ProactiveItem item = new ProactiveItem(unit, title, d(formed), PublicationChannel.WEBSITE);
        item.setDates(d(formed), published == null ? null : d(published));
        item.setNormative(normative);
        em.persist(item);
        return item;
    }
}
