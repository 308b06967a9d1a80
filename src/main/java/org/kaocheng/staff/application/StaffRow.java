package org.kaocheng.staff.application;

import java.util.List;
import org.kaocheng.staff.domain.PostType;

/** One line of the staff list: the person, their unit and the posts they hold now. */
public record StaffRow(Long id, int version, String name, Long unitId, String unitName, String phone,
        String maskedIdCardNo, List<PostType> currentPosts) {

    public boolean isActive() {
        return !currentPosts.isEmpty();
    }
}
