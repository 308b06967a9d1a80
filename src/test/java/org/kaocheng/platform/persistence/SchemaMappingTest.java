package org.kaocheng.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Every column every entity maps exists in the schema Flyway builds, on both databases: the
 * provider generates no DDL, so a mapping that drifts from the migrations fails here, not in
 * front of a user.
 */
class SchemaMappingTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyMappedColumnExistsInTheMigratedSchema(TestDatabase db) throws SQLException {
        DataSource ds = db.create();
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        EntityManager em = emf.createEntityManager();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (ClassDescriptor d : em.unwrap(JpaEntityManager.class)
                    .getServerSession()
                    .getDescriptors()
                    .values()) {
                if (d.isAggregateDescriptor()) {
                    continue;
                }
                for (DatabaseField field : d.getFields()) {
                    DatabaseTable table = field.getTable();
                    String tableName = table == null || table.getName().isEmpty() ? d.getTableName() : table.getName();
                    try {
                        s.executeQuery("SELECT " + field.getName() + " FROM " + tableName + " WHERE 1 = 0")
                                .close();
                        checked++;
                    } catch (SQLException e) {
                        missing.add(d.getJavaClass().getSimpleName() + ": " + tableName + "." + field.getName());
                    }
                }
            }
        } finally {
            em.close();
            emf.close();
        }
        assertTrue(missing.isEmpty(), "mapped columns missing from the schema: " + missing);
        assertTrue(checked > 20, "checked " + checked + " columns");
    }
}
