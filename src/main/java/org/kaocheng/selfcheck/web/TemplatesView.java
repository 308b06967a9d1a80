package org.kaocheng.selfcheck.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kaocheng.selfcheck.application.TemplateService;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;

/** The list of checklist templates (newest version of each) and the form for a new one. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateService templates;

    private List<ChecklistTemplate> latest;
    private String title;
    private String description;

    @PostConstruct
    void init() {
        latest = templates.latestVersions();
    }

    public String create() {
        ChecklistTemplate created = templates.create(title, description);
        return "/selfcheck/template?faces-redirect=true&id=" + created.getId();
    }

    public List<ChecklistTemplate> getLatest() {
        return latest;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
