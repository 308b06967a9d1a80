package org.kaocheng.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.web.MessageBundlesTest;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.CampaignStatus;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.EventAction;

/** Every message key the capability uses exists in Chinese and in English. */
class SelfCheckMessagesTest {

    private static final Pattern KEY =
            Pattern.compile("[\"']((?:selfcheck|menu\\.selfcheck)\\.[A-Za-z.]+[A-Za-z])[\"']");

    static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String root : new String[] {"src/main/java/org/kaocheng/selfcheck", "src/main/webapp/selfcheck"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.removeIf(k -> k.startsWith("selfcheck.evidence.maxBytes")
                || k.startsWith("selfcheck.acceptedShare")
                || k.startsWith("selfcheck.pointsShare")
                || k.startsWith("selfcheck.lateSubmissions"));
        for (CheckStatus s : CheckStatus.values()) {
            keys.add("selfcheck.status." + s);
        }
        for (EventAction a : EventAction.values()) {
            keys.add("selfcheck.action." + a);
        }
        for (AnswerKind k : AnswerKind.values()) {
            keys.add("selfcheck.kind." + k);
        }
        for (CampaignTarget t : CampaignTarget.values()) {
            keys.add("selfcheck.target." + t);
        }
        for (CampaignStatus s : CampaignStatus.values()) {
            keys.add("selfcheck.campaign.status." + s);
        }
        return keys;
    }

    @Test
    void everyUsedKeyIsInBothBundlesAndTheBundlesHaveTheSameSelfCheckKeys() throws IOException {
        Properties zh = MessageBundlesTest.bundle("messages.properties");
        Properties en = MessageBundlesTest.bundle("messages_en.properties");
        Set<String> used = usedKeys();
        assertTrue(used.size() > 100, "found " + used.size());
        Set<String> missingZh =
                used.stream().filter(k -> !zh.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missingEn =
                used.stream().filter(k -> !en.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missingZh, "missing in messages.properties");
        assertEquals(Set.of(), missingEn, "missing in messages_en.properties");
        Set<String> zhKeys = zh.stringPropertyNames().stream()
                .filter(k -> k.startsWith("selfcheck."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> enKeys = en.stringPropertyNames().stream()
                .filter(k -> k.startsWith("selfcheck."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(zhKeys, enKeys);
    }
}
