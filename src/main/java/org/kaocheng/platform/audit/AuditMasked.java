package org.kaocheng.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field whose values are masked in the audit trail (password hashes, ID-card numbers). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditMasked {

    /** How many trailing characters stay visible; 0 hides the value entirely. */
    int keepLast() default 0;
}
