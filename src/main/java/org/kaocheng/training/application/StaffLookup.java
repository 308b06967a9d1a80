package org.kaocheng.training.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.staff.domain.Staff;

/** Finds the person an imported row means: by ID-card number if given, else by unit code and name. */
final class StaffLookup {

    private StaffLookup() {}

    static Optional<Staff> resolve(
            EntityManager em,
            XlsxSheet.SheetRow row,
            int unitCol,
            int nameCol,
            int idCardCol,
            List<ImportError> errors) {
        String unitCode = row.cell(unitCol);
        String name = row.cell(nameCol);
        String idCard = row.cell(idCardCol).toUpperCase();
        if (!idCard.isEmpty()) {
            List<Staff> found = em.createNamedQuery("Staff.byIdCard", Staff.class)
                    .setParameter("idCardNo", idCard)
                    .getResultList();
            if (found.isEmpty()) {
                errors.add(new ImportError(
                        row.number(), XlsxSheet.column(idCardCol), "training.import.unknownIdCard", idCard));
                return Optional.empty();
            }
            if (!name.isEmpty() && !found.get(0).getName().equals(name)) {
                errors.add(
                        new ImportError(row.number(), XlsxSheet.column(nameCol), "training.import.nameMismatch", name));
                return Optional.empty();
            }
            return Optional.of(found.get(0));
        }
        if (unitCode.isEmpty()) {
            errors.add(new ImportError(row.number(), XlsxSheet.column(unitCol), "training.import.unitRequired", ""));
            return Optional.empty();
        }
        if (name.isEmpty()) {
            errors.add(new ImportError(row.number(), XlsxSheet.column(nameCol), "training.import.nameRequired", ""));
            return Optional.empty();
        }
        List<Staff> found = em.createQuery(
                        "SELECT s FROM Staff s WHERE s.unit.code = :code AND s.name = :name", Staff.class)
                .setParameter("code", unitCode)
                .setParameter("name", name)
                .getResultList();
        if (found.isEmpty()) {
            errors.add(new ImportError(
                    row.number(), XlsxSheet.column(nameCol), "training.import.unknownPerson", unitCode + " " + name));
            return Optional.empty();
        }
        if (found.size() > 1) {
            errors.add(
                    new ImportError(row.number(), XlsxSheet.column(nameCol), "training.import.ambiguousPerson", name));
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }
}
