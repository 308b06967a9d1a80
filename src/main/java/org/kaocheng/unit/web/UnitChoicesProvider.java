package org.kaocheng.unit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kaocheng.platform.security.web.UnitChoices;
import org.kaocheng.unit.application.UnitService;

/** Active units for the administrator's account form. */
@ApplicationScoped
public class UnitChoicesProvider implements UnitChoices {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnitService units;

    @Override
    public List<Choice> choices() {
        return units.activeUnits().stream()
                .map(u -> new Choice(u.getId(), u.getCode() + " " + u.getName()))
                .toList();
    }

    @Override
    public String nameOf(Long unitId) {
        return units.find(unitId).map(u -> u.getName()).orElse("");
    }
}
