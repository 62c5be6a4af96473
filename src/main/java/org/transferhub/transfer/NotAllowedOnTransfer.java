package org.transferhub.transfer;

import org.transferhub.shared.web.Forbidden;

/** The caller is a party to the application but not one who may take this step. */
public class NotAllowedOnTransfer extends Forbidden {

    public NotAllowedOnTransfer(String detail) {
        super(detail);
    }
}
