package org.kaocheng.platform.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccountService;
import org.kaocheng.platform.security.PasswordChangeFilter;
import org.kaocheng.platform.web.Messages;

/** Changing one's own password (also the forced change after an admin created the account). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    AccountService accounts;

    private String current;
    private String replacement;
    private String repeat;

    public String change() {
        if (replacement == null || !replacement.equals(repeat)) {
            throw new BusinessRuleException("password.mismatch");
        }
        accounts.changeOwnPassword(current, replacement);
        PasswordChangeFilter.markChanged((HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("password.changed");
        return "/index?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
