package org.kaocheng.training.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.domain.Staff;

/** A person picked in a training autocomplete, by id (read through the staff service, so access applies). */
@FacesConverter(value = "trainingStaffConverter", managed = true)
public class TrainingStaffConverter implements Converter<Staff> {

    @Inject
    StaffService staff;

    @Override
    public Staff getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return staff.get(Long.valueOf(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Staff value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
