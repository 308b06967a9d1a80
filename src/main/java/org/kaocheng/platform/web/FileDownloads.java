package org.kaocheng.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongFunction;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;

/**
 * Stored files served by id ({@code ?id=N}) to whoever the service lets have them: a bad id is
 * 400, a refusal 403 (a foreign and an unknown id look alike), a file failing its checksum 409;
 * a file is always an attachment, never sniffed, never cached.
 */
public final class FileDownloads {

    /** What a service hands over for download. */
    public record StoredFile(String name, String mediaType, long size, Path path) {}

    private FileDownloads() {}

    /**
     * Answers the request with the file the lookup returns for the id, or with the error status.
     *
     * @param prefix the plain-ASCII file name for old clients, followed by the id
     */
    public static void serve(
            HttpServletRequest request, HttpServletResponse response, String prefix, LongFunction<StoredFile> lookup)
            throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        StoredFile file;
        try {
            file = lookup.apply(id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessRuleException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + prefix + id + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(file.path(), response.getOutputStream());
    }
}
