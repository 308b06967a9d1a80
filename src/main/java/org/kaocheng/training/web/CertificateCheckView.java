package org.kaocheng.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kaocheng.training.application.CertificateService;
import org.kaocheng.training.application.CertificateService.Certificate;

/** The public certificate check (/public/certificate.xhtml?code=...): no sign-in needed. */
@Named
@ViewScoped
public class CertificateCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService certificates;

    private String code;
    private Certificate certificate;
    private boolean checked;

    /** f:viewAction, and the check button. */
    public void check() {
        checked = code != null && !code.isBlank();
        certificate = checked ? certificates.verify(code).orElse(null) : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public boolean isChecked() {
        return checked;
    }
}
