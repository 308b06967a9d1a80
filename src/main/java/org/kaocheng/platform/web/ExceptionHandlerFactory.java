package org.kaocheng.platform.web;

import jakarta.faces.context.ExceptionHandler;

/** Installs {@link RefusalExceptionHandler} in front of the default handler. */
public class ExceptionHandlerFactory extends jakarta.faces.context.ExceptionHandlerFactory {

    public ExceptionHandlerFactory(jakarta.faces.context.ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
