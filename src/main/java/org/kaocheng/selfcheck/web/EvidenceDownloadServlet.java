package org.kaocheng.selfcheck.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kaocheng.platform.web.FileDownloads;
import org.kaocheng.selfcheck.application.EvidenceDownload;
import org.kaocheng.selfcheck.application.EvidenceService;
import org.kaocheng.selfcheck.domain.EvidenceKind;

/**
 * {@code /selfcheck/evidence?id=N}: an evidence file, always as an attachment and never
 * sniffed by the browser. The service decides who may have it (the unit itself and assessors)
 * and verifies the file against its SHA-256; a foreign or unknown id answers 403 alike.
 */
@WebServlet("/selfcheck/evidence")
public class EvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownloads.serve(request, response, "evidence-", id -> {
            EvidenceDownload download = evidence.download(id);
            return download.kind() == EvidenceKind.FILE
                    ? new FileDownloads.StoredFile(
                            download.displayName(), download.mediaType(), download.size(), download.path())
                    : null;
        });
    }
}
