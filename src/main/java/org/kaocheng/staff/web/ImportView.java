package org.kaocheng.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.spreadsheet.TableWriter;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.staff.application.RegistryImportService;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Uploads an import file, runs it in the background with a progress bar, shows every error. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportJobs jobs;

    @Inject
    RegistryImportService registry;

    private ImportJobs.Kind kind = ImportJobs.Kind.STAFF;
    private final AtomicInteger progress = new AtomicInteger(-1);
    private transient Future<ImportResult> running;
    private ImportResult result;
    private List<ErrorLine> errorLines = List.of();

    /** An error as the page shows it. */
    public record ErrorLine(int row, String column, String message) implements Serializable {

        public int getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    public void upload(FileUploadEvent event) {
        result = null;
        errorLines = List.of();
        progress.set(0);
        running = jobs.start(kind, event.getFile().getContent(), event.getFile().getFileName(), progress::set);
    }

    /** Polled by the progress bar; completes the job's result when done. */
    public int getProgress() {
        if (running != null && running.isDone()) {
            finish();
        }
        return Math.max(progress.get(), 0);
    }

    public void finish() {
        if (running == null) {
            return;
        }
        try {
            result = running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            BusinessRuleException rule = cause(e, BusinessRuleException.class);
            result = new ImportResult(
                    0,
                    List.of(new ImportError(
                            0,
                            "",
                            rule == null ? "error.500.text" : rule.getMessageKey(),
                            rule == null ? new Object[0] : rule.getArguments())));
        }
        running = null;
        progress.set(100);
        List<ErrorLine> lines = new ArrayList<>();
        for (ImportError error : result.errors()) {
            lines.add(new ErrorLine(error.row(), error.column(), Messages.text(error)));
        }
        errorLines = lines;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public boolean isRunning() {
        return running != null;
    }

    public StreamedContent getErrorFile() {
        List<List<?>> rows = new ArrayList<>();
        for (ErrorLine e : errorLines) {
            rows.add(List.of(e.row(), e.column(), e.message()));
        }
        byte[] xlsx = TableWriter.xlsx(
                "errors",
                List.of(Messages.text("import.row"), Messages.text("import.column"), Messages.text("import.message")),
                rows);
        return file(xlsx, "import-errors.xlsx");
    }

    public StreamedContent getStaffExport() {
        return file(registry.exportStaff(), "staff.xlsx");
    }

    public StreamedContent getUnitExport() {
        return file(registry.exportUnits(), "units.xlsx");
    }

    public StreamedContent getTemplate() {
        List<String> headers = kind == ImportJobs.Kind.UNITS
                ? RegistryImportService.UNIT_HEADERS
                : RegistryImportService.STAFF_HEADERS;
        List<List<?>> example = kind == ImportJobs.Kind.UNITS
                ? List.of(List.of("D99", "区示例局", "区级部门", "D00", "区级部门"))
                : List.of(List.of("D01", "张三", "13800000000", "", "政务公开专员、新媒体管理员", "2026-01-05", "教任〔2026〕1号"));
        return file(
                TableWriter.xlsx("template", headers, example),
                kind == ImportJobs.Kind.UNITS ? "units-template.xlsx" : "staff-template.xlsx");
    }

    private static StreamedContent file(byte[] bytes, String name) {
        return DefaultStreamedContent.builder().name(name).contentType(XLSX).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }

    public ImportJobs.Kind getKind() {
        return kind;
    }

    public void setKind(ImportJobs.Kind kind) {
        this.kind = kind;
    }

    public ImportJobs.Kind[] getKinds() {
        return ImportJobs.Kind.values();
    }

    public ImportResult getResult() {
        return result;
    }

    public List<ErrorLine> getErrorLines() {
        return errorLines;
    }
}
