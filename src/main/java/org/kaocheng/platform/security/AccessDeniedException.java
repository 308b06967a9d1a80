package org.kaocheng.platform.security;

/** The current user may not do or see this. Answered with HTTP 403 and no data. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
