package org.kaocheng.training.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.domain.Staff;

/**
 * A person picked in a training autocomplete, by id (read through the staff service, so access applies).
 * A CDI bean used as {@code converter="#{trainingStaffConverter}"}: as a "managed" @FacesConverter it
 * got no injection (the application has no @FacesConfig), and picking anyone ended in an error page.
 */
@Named("trainingStaffConverter")
@ApplicationScoped
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
