package org.kaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaocheng.appraisal.domain.RunStatus;
import org.kaocheng.platform.Labelled;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.InductionStatus;
import org.kaocheng.training.domain.SessionStatus;

/** Statuses users see by their labels, in both languages, also inside messages. */
class LabelledValuesTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(
            SessionStatus.class, EnrolmentStatus.class, InductionStatus.class, RunStatus.class, CheckStatus.class);

    @Test
    void everyValueHasALabelInBothLanguages() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = ((Labelled) value).labelKey();
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    assertNotEquals(key, Messages.text(locale, key), locale + " " + key);
                }
            }
        }
    }

    @Test
    void aStatusInAMessageReadsAsItsLabel() {
        assertEquals(
                "当前状态（计划中）下不能这样操作。",
                Messages.text(Locale.SIMPLIFIED_CHINESE, "training.session.badTransition", SessionStatus.PLANNED));
        assertEquals(
                "当前状态（已发布）下不能进行此操作",
                Messages.text(Locale.SIMPLIFIED_CHINESE, "appraisal.run.status.invalid", RunStatus.PUBLISHED));
        assertEquals(
                Messages.text(
                        Locale.ENGLISH,
                        "selfcheck.submit.notAllowed",
                        Messages.text(Locale.ENGLISH, "selfcheck.status.ACCEPTED")),
                Messages.text(Locale.ENGLISH, "selfcheck.submit.notAllowed", CheckStatus.ACCEPTED));
    }
}
