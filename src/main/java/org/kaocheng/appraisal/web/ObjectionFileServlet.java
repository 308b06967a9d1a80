package org.kaocheng.appraisal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.ObjectionFileDownload;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;

/**
 * {@code /appraisal/objection-file?id=N}: a file attached to an objection, as an attachment and
 * never sniffed. The service decides who may have it (the filing unit and assessors); a foreign
 * or unknown id answers 403 alike.
 */
@WebServlet("/appraisal/objection-file")
public class ObjectionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppraisalService runs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ObjectionFileDownload file;
        try {
            file = runs.objectionFile(id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessRuleException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"objection-file-" + id + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(file.path(), response.getOutputStream());
    }
}
