package org.kaocheng.appraisal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.ObjectionFileDownload;
import org.kaocheng.platform.web.FileDownloads;

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
        FileDownloads.serve(request, response, "objection-file-", id -> {
            ObjectionFileDownload file = runs.objectionFile(id);
            return new FileDownloads.StoredFile(file.name(), file.mediaType(), file.size(), file.path());
        });
    }
}
