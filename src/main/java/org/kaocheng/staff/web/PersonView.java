package org.kaocheng.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/**
 * One person: details, full posting history across units, and the posting actions
 * (新任/兼任, 调岗, 离岗, end one post). The id comes from the URL; the service refuses another
 * unit's person for a unit operator (HTTP 403).
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staffService;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Long id;
    private Staff staff;
    private List<Posting> history = List.of();

    private String name;
    private String phone;
    private String idCardNo;

    private PostType appointType = PostType.PART_TIME;
    private LocalDate effective = LocalDate.now();
    private String doc;
    private Long targetUnitId;

    public void load() {
        staff = staffService.get(id);
        history = staffService.history(id);
        name = staff.getName();
        phone = staff.getPhone();
        idCardNo = null; // never sent to the browser; a new number replaces the stored one
    }

    public void saveDetails() {
        staffService.update(id, staff.getVersion(), new StaffService.StaffDetails(name, phone, idCardNo));
        Messages.info("common.saved");
        load();
    }

    public void appoint() {
        staffService.appoint(id, appointType, effective, doc);
        Messages.info("posting.done");
        load();
    }

    /**
     * After a transfer to another unit an operator no longer sees the person: back to their list
     * with the confirmation; district roles stay on the page.
     */
    public String transfer() {
        staffService.transfer(id, staff.getVersion(), targetUnitId, effective, doc);
        Messages.info("posting.done");
        if (!user.canRead(targetUnitId)) {
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .setKeepMessages(true);
            return "/staff/staff?faces-redirect=true";
        }
        load();
        return null;
    }

    public void leave() {
        staffService.leave(id, staff.getVersion(), effective);
        Messages.info("posting.done");
        load();
    }

    public void endPosting(Posting posting) {
        staffService.endPosting(posting.getId(), posting.getVersion(), effective);
        Messages.info("posting.done");
        load();
    }

    public boolean isEditable() {
        return staff != null && user.canWrite(staff.getUnit().getId(), Role.ADMIN);
    }

    public List<Unit> getTargetUnits() {
        return units.activeUnits().stream()
                .filter(u -> staff == null || !u.getId().equals(staff.getUnit().getId()))
                .toList();
    }

    public PostType[] getPostTypes() {
        return PostType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Staff getStaff() {
        return staff;
    }

    public List<Posting> getHistory() {
        return history;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdCardNo() {
        return idCardNo;
    }

    public void setIdCardNo(String idCardNo) {
        this.idCardNo = idCardNo;
    }

    public PostType getAppointType() {
        return appointType;
    }

    public void setAppointType(PostType appointType) {
        this.appointType = appointType;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }

    public String getDoc() {
        return doc;
    }

    public void setDoc(String doc) {
        this.doc = doc;
    }

    public Long getTargetUnitId() {
        return targetUnitId;
    }

    public void setTargetUnitId(Long targetUnitId) {
        this.targetUnitId = targetUnitId;
    }
}
