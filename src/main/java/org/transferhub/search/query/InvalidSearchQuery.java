package org.transferhub.search.query;

import org.transferhub.shared.web.ApiException;
import org.transferhub.shared.web.ProblemType;

/** The search text is too long, too deeply nested or has too many terms (answered with 400). */
public class InvalidSearchQuery extends ApiException {

    public InvalidSearchQuery(String detail) {
        super(ProblemType.BAD_REQUEST, detail);
    }
}
