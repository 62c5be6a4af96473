package org.transferhub.transfer;

import org.transferhub.shared.web.NotFound;

/** No such application, or the caller is no party to it (both answer 404, so existence does not leak). */
public class TransferNotFound extends NotFound {

    public TransferNotFound(String id) {
        super("Transfer application", id);
    }
}
