package org.kaocheng.staff.application;

import java.util.List;
import org.kaocheng.staff.domain.PostType;

/** One line of the staff list: the person, their unit and the posts they hold now. */
public record StaffRow(
        Long id,
        int version,
        String name,
        Long unitId,
        String unitName,
        String phone,
        String maskedIdCardNo,
        List<PostType> currentPosts) {

    public boolean isActive() {
        return !currentPosts.isEmpty();
    }
    // Getters for Faces EL (EL 5 of Jakarta EE 10 does not read record components).
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getPhone() {
        return phone;
    }

    public String getMaskedIdCardNo() {
        return maskedIdCardNo;
    }

    public List<PostType> getCurrentPosts() {
        return currentPosts;
    }
}
