package org.kaocheng.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml lists every entity and mapped superclass of the source tree, and nothing
 * else: inside WildFly EclipseLink cannot discover them by scanning, so a missing line would
 * only show as "unknown entity" at run time.
 */
class PersistenceUnitClassesTest {

    @Test
    void everyEntityOfTheSourceTreeIsListedInPersistenceXml() throws IOException {
        TreeSet<String> annotated = new TreeSet<>();
        Pattern pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
        Pattern entity = Pattern.compile("^@(Entity|MappedSuperclass)\\b", Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher p = pkg.matcher(source);
                if (entity.matcher(source).find() && p.find()) {
                    annotated.add(
                            p.group(1) + "." + file.getFileName().toString().replace(".java", ""));
                }
            }
        }
        TreeSet<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<class>([\\w.]+)</class>")
                .matcher(Files.readString(Path.of("src/main/resources/META-INF/persistence.xml")));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(List.copyOf(annotated), List.copyOf(listed), "add the missing <class> lines to persistence.xml");
    }
}
