package org.kaocheng.report.application;

import java.io.Serializable;

/**
 * A paragraph of the work-summary draft: the document title, a section heading (一、二、三), a body
 * paragraph with an optional bold lead ((一)……。) or the closing signature. Lead and text are
 * editable on the page; the report prints {@link #getMarkup()}.
 */
public class WorkSummaryParagraph implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a paragraph is set. */
    public enum Kind {
        TITLE,
        HEADING,
        BODY,
        SIGNATURE
    }

    private final Kind kind;
    private String lead;
    private String text;

    public WorkSummaryParagraph(Kind kind, String lead, String text) {
        this.kind = kind;
        this.lead = lead;
        this.text = text;
    }

    public Kind getKind() {
        return kind;
    }

    public String getKindName() {
        return kind.name();
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** JasperReports styled text: the lead in bold, then the text, both escaped. */
    public String getMarkup() {
        String body = escape(text);
        if (lead == null || lead.isBlank()) {
            return body;
        }
        return "<style isBold=\"true\">" + escape(lead) + "</style>" + body;
    }

    /** Lead and text as one plain string. */
    public String getPlain() {
        return (lead == null ? "" : lead) + (text == null ? "" : text);
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
