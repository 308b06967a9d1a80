package org.kaocheng.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Form login that remembers only a page the user asked for (a GET of a Facelets page) to return
 * to after signing in. A browser's own requests for icons, scripts or missing resources are
 * not remembered, so the user never lands on them after login.
 */
public class PageAuthenticationFilter extends FormAuthenticationFilter {

    @Override
    protected void saveRequestAndRedirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        String path = WebUtils.getPathWithinApplication(http);
        boolean page = "GET".equalsIgnoreCase(http.getMethod()) && (path.endsWith(".xhtml") || path.equals("/"));
        if (page) {
            saveRequest(request);
        }
        redirectToLogin(request, response);
    }
}
