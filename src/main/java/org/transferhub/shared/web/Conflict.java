package org.transferhub.shared.web;

/** The request does not fit the current state, for example a transition from the wrong status. */
public class Conflict extends ApiException {

    public Conflict(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
