package org.kaocheng.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's H2 platform prints the JPQL literals TRUE and FALSE as 1 and 0, which H2 2.x
 * refuses to compare with a BOOLEAN column ("Values of types BOOLEAN and INTEGER are not
 * comparable"), while PostgreSQL accepts them. JPQL must therefore compare booleans with a
 * parameter ({@code u.active = :active}). Native SQL (createNativeQuery) may use TRUE.
 */
class JpqlBooleanLiteralTest {

    private static final Pattern LITERAL = Pattern.compile("(=|<>)\\s*(TRUE|FALSE)\\b");

    @Test
    void jpqlComparesBooleansWithParametersNotLiterals() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                boolean nativeSqlFile = lines.stream()
                        .anyMatch(l -> l.contains("createNativeQuery")
                                || l.contains("prepareStatement")
                                || l.contains("SQLCall"));
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean jpql = line.contains("@NamedQuery")
                            || line.contains("query =")
                            || line.contains("createQuery(")
                            || (!nativeSqlFile && line.contains("\""));
                    if (jpql && LITERAL.matcher(line).find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "use a boolean parameter instead of TRUE/FALSE in JPQL: " + offenders);
    }
}
