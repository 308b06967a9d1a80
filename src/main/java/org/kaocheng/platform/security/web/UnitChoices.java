package org.kaocheng.platform.security.web;

import java.io.Serializable;
import java.util.List;

/**
 * The units an administrator can bind a unit operator to. Implemented by the unit capability,
 * so that platform stays free of capability types.
 */
public interface UnitChoices extends Serializable {

    /** One selectable unit. */
    record Choice(Long id, String label) implements Serializable {

        public Long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    List<Choice> choices();

    String nameOf(Long unitId);
    // Getters for Faces EL (EL 5 of Jakarta EE 10 does not read record components).
}
