package org.kaocheng.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.BusinessRuleException;

/** The rules an administrator's account form is checked against before anything is saved. */
class AccountValidationTest {

    private static String refusal(String username, String name, Set<Role> roles, Long unitId) {
        return assertThrows(
                        BusinessRuleException.class,
                        () -> AccountService.validate(
                                new AccountService.AccountForm(username, name, roles, unitId, true)))
                .getMessageKey();
    }

    @Test
    void aWellFormedAccountPasses() {
        assertDoesNotThrow(() -> AccountService.validate(
                new AccountService.AccountForm("chen.tb", "陈填报", EnumSet.of(Role.UNIT_OPERATOR), 7L, true)));
        assertDoesNotThrow(() -> AccountService.validate(new AccountService.AccountForm(
                "liu_kh", "刘考核", EnumSet.of(Role.ASSESSOR, Role.VIEWER, Role.COORDINATOR), null, true)));
    }

    @Test
    void usernameNameAndRolesAreRequiredInTheirForm() {
        assertEquals("user.username.pattern", refusal("ab", "甲", EnumSet.of(Role.VIEWER), null));
        assertEquals("user.username.pattern", refusal("张三", "甲", EnumSet.of(Role.VIEWER), null));
        assertEquals("user.username.pattern", refusal("API:1 CMS", "甲", EnumSet.of(Role.VIEWER), null));
        assertEquals("user.displayName.required", refusal("abc", " ", EnumSet.of(Role.VIEWER), null));
        assertEquals("user.roles.required", refusal("abc", "甲", EnumSet.noneOf(Role.class), null));
    }

    @Test
    void theAuditorHoldsNoOtherRole() {
        assertEquals("user.roles.separation", refusal("abc", "甲", EnumSet.of(Role.AUDITOR, Role.VIEWER), null));
        assertDoesNotThrow(() -> AccountService.validate(
                new AccountService.AccountForm("audit", "审计", EnumSet.of(Role.AUDITOR), null, true)));
    }

    @Test
    void anOperatorHasAUnitAndNoRoleThatReadsEveryUnit() {
        assertEquals("user.unit.required", refusal("abc", "甲", EnumSet.of(Role.UNIT_OPERATOR), null));
        for (Role district : EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.ASSESSOR, Role.VIEWER)) {
            assertEquals(
                    "user.roles.unitScope",
                    refusal("abc", "甲", EnumSet.of(Role.UNIT_OPERATOR, district), 7L),
                    district.name());
        }
    }
}
