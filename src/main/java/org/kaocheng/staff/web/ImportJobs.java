package org.kaocheng.staff.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.shiro.SecurityUtils;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.staff.application.RegistryImportService;

/**
 * Runs an import on the server's managed executor so that the page can show its progress. The
 * job runs as the user who started it (the Shiro subject travels with the task), so the same
 * access checks and the same audit trail apply as for a direct call.
 */
@ApplicationScoped
public class ImportJobs {

    /** Which list an import fills. */
    public enum Kind {
        UNITS,
        STAFF
    }

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobs self;

    @Inject
    RegistryImportService imports;

    public Future<ImportResult> start(Kind kind, byte[] content, String fileName, IntConsumer progress) {
        Callable<ImportResult> job = () -> self.run(kind, content, fileName, progress);
        return executor.submit(SecurityUtils.getSubject().associateWith(job));
    }

    @ActivateRequestContext
    public ImportResult run(Kind kind, byte[] content, String fileName, IntConsumer progress) {
        try {
            return kind == Kind.UNITS
                    ? imports.importUnits(content, fileName, progress)
                    : imports.importStaff(content, fileName, progress);
        } catch (RegistryImportService.ImportRefused refused) {
            return refused.result();
        }
    }
}
