package org.transferhub.transfer;

import java.util.Map;
import org.transferhub.shared.web.ApiException;
import org.transferhub.shared.web.ProblemType;

/** The institution already has an open application for this listing. */
public class OpenApplicationExists extends ApiException {

    public OpenApplicationExists() {
        super(ProblemType.DUPLICATE, "Your institution already has an open application for this listing");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of();
    }
}
