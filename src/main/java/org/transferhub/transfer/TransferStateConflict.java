package org.transferhub.transfer;

import org.transferhub.shared.web.Conflict;

/** The action does not fit the application's current status, or someone else changed it first. */
public class TransferStateConflict extends Conflict {

    public TransferStateConflict(String detail) {
        super(detail);
    }

    static TransferStateConflict wrongState(TransferAction action, TransferStatus status) {
        return new TransferStateConflict("Cannot " + action + " an application that is " + status);
    }

    static TransferStateConflict changedMeanwhile(String id) {
        return new TransferStateConflict("Application " + id + " was changed by someone else; reload it");
    }
}
