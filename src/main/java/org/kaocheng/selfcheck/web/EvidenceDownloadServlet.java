package org.kaocheng.selfcheck.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
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
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        EvidenceDownload download;
        try {
            download = evidence.download(id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessRuleException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        if (download.kind() != EvidenceKind.FILE) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String encoded = URLEncoder.encode(download.displayName(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setContentType(download.mediaType());
        response.setContentLengthLong(download.size());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"evidence-" + id + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(download.path(), response.getOutputStream());
    }
}
