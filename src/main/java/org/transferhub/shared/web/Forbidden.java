package org.transferhub.shared.web;

/** The caller is known but may not do this (for example publishing before verification). */
public class Forbidden extends ApiException {

    public Forbidden(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
