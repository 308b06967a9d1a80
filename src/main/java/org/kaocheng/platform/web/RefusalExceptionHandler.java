package org.kaocheng.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;

/**
 * Turns the refusals a service may throw into what the user should see, so backing beans need
 * no try/catch of their own. The service's transaction has already rolled back, so nothing is
 * half-saved:
 * <ul>
 * <li>a broken business rule or invalid argument: an error message, the form stays filled;</li>
 * <li>a stale edit (optimistic lock): "someone else changed this record, reload";</li>
 * <li>access outside the user's scope: HTTP 403 on a page request, a message on AJAX;</li>
 * <li>the database refusing the change (a duplicate key, a value too long or out of range, a
 *     record still referred to): a message saying which, the form stays filled — a check the
 *     service missed should not cost the user their input;</li>
 * <li>an expired view: back to the same page.</li>
 * </ul>
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (handled(context, thrown)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean handled(FacesContext context, Throwable thrown) {
        AccessDeniedException denied = find(thrown, AccessDeniedException.class);
        if (denied != null) {
            LOG.log(Level.WARNING, "Access denied: {0}", denied.getMessage());
            if (context.getPartialViewContext().isAjaxRequest()) {
                Messages.error("error.accessDenied");
                context.validationFailed();
            } else {
                sendError(context, HttpServletResponse.SC_FORBIDDEN);
            }
            return true;
        }
        if (find(thrown, OptimisticLockException.class) != null
                || find(thrown, org.eclipse.persistence.exceptions.OptimisticLockException.class) != null) {
            Messages.error("error.optimisticLock");
            context.validationFailed();
            return true;
        }
        BusinessRuleException rule = find(thrown, BusinessRuleException.class);
        if (rule != null) {
            Messages.error(rule.getMessageKey(), rule.getArguments());
            context.validationFailed();
            return true;
        }
        ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                Messages.error("error.invalid", violation.getPropertyPath(), violation.getMessage());
            }
            context.validationFailed();
            return true;
        }
        String refused = databaseRefusal(thrown);
        if (refused != null) {
            LOG.log(
                    Level.WARNING,
                    "The database refused a change: "
                            + find(thrown, SQLException.class).getMessage());
            Messages.error(refused);
            context.validationFailed();
            return true;
        }
        if (find(thrown, ViewExpiredException.class) != null) {
            try {
                String viewId = ((ViewExpiredException) find(thrown, ViewExpiredException.class)).getViewId();
                context.getExternalContext()
                        .redirect(
                                context.getExternalContext().getRequestContextPath() + (viewId == null ? "/" : viewId));
                context.responseComplete();
                return true;
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        return false;
    }

    /**
     * The message key for a change the database refused (by the SQL state of the first
     * {@link SQLException} in the chain, the same on PostgreSQL and H2), or null when none.
     */
    static String databaseRefusal(Throwable thrown) {
        SQLException sql = find(thrown, SQLException.class);
        if (sql == null) {
            return null;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return switch (state) {
            case "23505" -> "error.database.duplicate";
            case "22001" -> "error.database.tooLong";
            case "22003" -> "error.database.outOfRange";
            case "23503" -> "error.database.inUse";
            case "23502" -> "error.database.missing";
            default -> "error.database.other";
        };
    }

    private static void sendError(FacesContext context, int status) {
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().responseReset();
                context.getExternalContext().responseSendError(status, null);
            }
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
