package org.kaocheng.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (not shipped): compiles every {@code reports/*.jrxml} into
 * {@code target/classes/reports/*.jasper}, so the application never compiles reports at run
 * time. Run by the build in the process-test-classes phase; a broken design fails the build.
 */
public final class ReportCompiler {

    private ReportCompiler() {}

    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args.length > 0 ? args[0] : "reports");
        Path target = Path.of(args.length > 1 ? args[1] : "target/classes/reports");
        Files.createDirectories(target);
        if (!Files.isDirectory(source)) {
            return;
        }
        List<Path> designs;
        try (Stream<Path> files = Files.list(source)) {
            designs =
                    files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path design : designs) {
            String name = design.getFileName().toString().replace(".jrxml", ".jasper");
            Path compiled = target.resolve(name);
            if (Files.exists(compiled)
                    && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(design)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(design.toString(), compiled.toString());
            System.out.println("[reports] compiled " + design + " -> " + compiled);
        }
    }
}
