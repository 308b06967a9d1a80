package org.kaocheng.platform.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;

/** The login page's message after a failed attempt (set by Shiro's form filter). */
@Named
@RequestScoped
public class LoginView {

    /** The bundle key of the failure, or null when there was none. */
    public String getErrorKey() {
        Object failure = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(FormAuthenticationFilter.DEFAULT_ERROR_KEY_ATTRIBUTE_NAME);
        if (failure == null) {
            return null;
        }
        String name = failure.toString();
        if (name.equals(LockedAccountException.class.getName())) {
            return "login.locked";
        }
        if (name.equals(DisabledAccountException.class.getName())) {
            return "login.disabled";
        }
        return "login.failed";
    }
}
