package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kaocheng.disclosure.application.DisclosureImportService;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;
import org.primefaces.model.file.UploadedFile;

/** Upload of items or applications (.xlsx/.csv) into a unit; errors listed by row and column. */
@Named
@ViewScoped
public class DisclosureImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the file holds. */
    public enum Kind {
        ITEMS,
        APPLICATIONS
    }

    @Inject
    DisclosureImportService imports;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Kind kind = Kind.ITEMS;
    private Long unitId;
    private transient UploadedFile file;
    private ImportResult result;

    @PostConstruct
    void init() {
        unitId = user.getOperatorUnitId().orElse(null);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("disclosure.import.noFile");
            return;
        }
        result = kind == Kind.ITEMS
                ? imports.importItems(unitId, file.getFileName(), file.getContent())
                : imports.importApplications(unitId, file.getFileName(), file.getContent());
        if (result.isSuccess()) {
            Messages.info("disclosure.import.done", result.imported());
        } else {
            Messages.error("disclosure.import.failed", result.errors().size());
        }
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportResult getResult() {
        return result;
    }
}
