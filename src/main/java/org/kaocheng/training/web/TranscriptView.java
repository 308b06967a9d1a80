package org.kaocheng.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.application.EnrolmentService;
import org.kaocheng.training.application.TranscriptService;
import org.kaocheng.training.application.TranscriptService.TranscriptRow;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A person's training record across units, with .xlsx export. */
@Named
@ViewScoped
public class TranscriptView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TranscriptService transcripts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    org.kaocheng.training.application.CertificateService certificates;

    private Long staffId;
    private Staff person;
    private Staff picked;
    private List<TranscriptRow> rows = List.of();

    /** f:viewAction: loads the person named by the staff parameter, if any. */
    public void load() {
        if (staffId != null) {
            person = transcripts.person(staffId);
            rows = transcripts.transcript(staffId);
        }
    }

    public String show() {
        return picked == null ? null : "/training/transcript?faces-redirect=true&staff=" + picked.getId();
    }

    public List<Staff> completeStaff(String text) {
        return enrolments.searchStaff(text);
    }

    public BigDecimal getTotalHours() {
        return rows.stream().map(TranscriptRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The certificate PDF of a completed row, with the public check page's address printed on it. */
    public StreamedContent certificate(TranscriptRow row) {
        jakarta.faces.context.ExternalContext ext =
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        String base = ext.getRequestScheme() + "://" + ext.getRequestServerName() + ":" + ext.getRequestServerPort()
                + ext.getRequestContextPath() + "/public/certificate.xhtml";
        byte[] bytes = certificates.pdf(row.verificationCode(), base, Messages.locale());
        return DefaultStreamedContent.builder()
                .name("certificate-" + row.verificationCode() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getPdf() {
        byte[] bytes = transcripts.exportPdf(staffId, Messages::text, Messages.locale());
        return DefaultStreamedContent.builder()
                .name("transcript-" + staffId + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getXlsx() {
        byte[] bytes = transcripts.exportXlsx(staffId, Messages::text);
        return DefaultStreamedContent.builder()
                .name("transcript-" + staffId + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public Staff getPerson() {
        return person;
    }

    public Staff getPicked() {
        return picked;
    }

    public void setPicked(Staff picked) {
        this.picked = picked;
    }

    public List<TranscriptRow> getRows() {
        return rows;
    }
}
