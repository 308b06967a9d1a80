package org.kaocheng.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles hold the same keys in Chinese (the base bundle) and English, and every key
 * written out literally in a page ({@code msg['key']}), a message call ({@code Messages.info("key")})
 * or a business rule ({@code new BusinessRuleException("key")}) exists; of a key completed at run
 * time (an enum's name appended to a literal prefix), some key with that prefix exists.
 */
public class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Messages\\.(?:info|warn|error|text)\\((?:[a-z]+, )?|new BusinessRuleException\\()\"([A-Za-z0-9_.]+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = bundle("messages.properties").stringPropertyNames();
        Set<String> en = bundle("messages_en.properties").stringPropertyNames();
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys without English");
        assertEquals(Set.of(), onlyEn, "keys without Chinese");
        assertEquals(
                bundle("faces.properties").stringPropertyNames(),
                bundle("faces_en.properties").stringPropertyNames());
    }

    @Test
    void aRecordsIdInANotFoundMessageIsWrittenWithoutGrouping() {
        assertEquals(
                "考核不存在（12345）", Messages.text(java.util.Locale.SIMPLIFIED_CHINESE, "appraisal.run.notFound", 12345L));
        assertEquals(
                "Item 12345 does not exist.",
                Messages.text(java.util.Locale.ENGLISH, "disclosure.item.notFound", 12345L));
        assertEquals(
                "考核不存在（—）",
                Messages.text(java.util.Locale.SIMPLIFIED_CHINESE, "appraisal.run.notFound", (Object) null),
                "a link without an id");
    }

    /**
     * Where the appraisal names a metric of another capability (its fallback name), it uses that
     * capability's name and terms: in this UI 逾期 is published or answered late, 超期未公开 and
     * 超期未答复 are unpublished or unanswered past the due date, and the interpretation rate is
     * an on-time rate (按时率), not a same-day one (同步率).
     */
    @Test
    void theAppraisalNamesATimelinessMetricAsItsSourceDoes() throws IOException {
        Properties zh = bundle("messages.properties");
        for (String code : List.of("proactive.overdueCount", "interpretation.onTimeRate", "application.overdueCount")) {
            assertEquals(zh.getProperty("disclosure.metric." + code), zh.getProperty("appraisal.metric." + code), code);
        }
        Properties en = bundle("messages_en.properties");
        assertEquals(
                en.getProperty("disclosure.metric.proactive.overdueCount"),
                en.getProperty("appraisal.metric.proactive.overdueCount"));
    }

    /** The training a new member of staff must complete is 岗前培训 in every text, never 入职培训. */
    @Test
    void inductionTrainingHasOneName() throws IOException {
        Properties zh = bundle("messages.properties");
        assertEquals(
                Set.of(),
                zh.stringPropertyNames().stream()
                        .filter(k -> zh.getProperty(k).contains("入职培训"))
                        .collect(Collectors.toSet()));
        assertTrue(zh.getProperty("appraisal.metric.training.overdueInductions").contains("岗前培训"));
    }

    /**
     * English that said something else than the Chinese: 按周末推算 is an estimate in which weekends
     * are the only days off (not "counted on weekends only"); 结转下期 and 上期结转 are carried over
     * to the next period and from the last one (not "carried out" and "carried in").
     */
    @Test
    void theEnglishSaysWhatTheChineseMeans() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> estimated = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).contains("按周末推算"))
                .sorted()
                .toList();
        assertEquals(4, estimated.size(), estimated.toString());
        for (String key : estimated) {
            assertTrue(en.getProperty(key).contains("weekends as the only days off"), key);
            assertFalse(en.getProperty(key).contains("weekends only"), key);
        }
        assertEquals("Carried over to next period", en.getProperty("disclosure.dashboard.carriedOut"));
        assertEquals("Carried over from last period", en.getProperty("disclosure.dashboard.carriedIn"));
    }

    @Test
    void everyLiteralKeyOfPagesAndCodeExists() throws IOException {
        Set<String> known = bundle("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, used);
        collect(Path.of("src/main/java"), ".java", CODE_KEY, used);
        assertTrue(used.size() > 500, "the scan finds the keys: " + used.size());
        // a literal ending in a dot is the prefix of keys completed at run time ("appraisal.grade." + grade)
        used.removeIf(
                k -> known.contains(k) || k.endsWith(".") && known.stream().anyMatch(n -> n.startsWith(k)));
        assertEquals(Set.of(), used, "keys used but missing from messages.properties");
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }

    /** One of the message bundles as written (no fallback to another), by file name. */
    public static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/kaocheng/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
