package org.kaocheng.platform.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/** Registers the {@link AuditListener} on every entity except the audit entry itself. */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditListener listener = new AuditListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.getJavaClass().equals(AuditEntry.class) && !descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }
}
