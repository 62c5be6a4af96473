package org.transferhub.transfer;

import static org.transferhub.transfer.ActorKind.PROVIDER;
import static org.transferhub.transfer.ActorKind.REQUESTER;
import static org.transferhub.transfer.ActorKind.STAFF;
import static org.transferhub.transfer.TransferStatus.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * THE state machine of a transfer application: every allowed move, who may make it and from which
 * states. A move not in this table does not exist. Checked in this order: the user must be a party
 * (else 404), of an allowed actor kind (else 403), and the application in one of the from-states
 * (else 409); the write itself is a guarded atomic update (see {@link Transfers#transition}).
 */
public enum TransferAction {
    PROVIDER_REQUEST_INFO(EnumSet.of(SUBMITTED), INFO_REQUESTED, PROVIDER),
    REQUESTER_PROVIDE_INFO(EnumSet.of(INFO_REQUESTED), SUBMITTED, REQUESTER),
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED, PROVIDER),
    DECLINE(EnumSet.of(SUBMITTED, INFO_REQUESTED), DECLINED, PROVIDER),
    STAFF_REQUEST_INFO(EnumSet.of(ACCEPTED), STAFF_INFO_REQUESTED, STAFF),
    /** Only the side that staff asked ({@code infoRequestedFrom}) may answer. */
    ANSWER_STAFF(EnumSet.of(STAFF_INFO_REQUESTED), ACCEPTED, REQUESTER, PROVIDER),
    APPROVE(EnumSet.of(ACCEPTED), APPROVED, STAFF),
    REJECT(EnumSet.of(ACCEPTED, STAFF_INFO_REQUESTED), REJECTED, STAFF),
    SIGN_AGREEMENT(EnumSet.of(APPROVED), AGREEMENT_SIGNED, PROVIDER, REQUESTER),
    RECORD_TRAINING(EnumSet.of(AGREEMENT_SIGNED), TRAINING_DELIVERED, PROVIDER),
    RECORD_DEPLOYMENT(EnumSet.of(TRAINING_DELIVERED), DEPLOYED, REQUESTER, PROVIDER),
    CONFIRM_COMPLETION(EnumSet.of(DEPLOYED), COMPLETION_CONFIRMED, REQUESTER),
    CLOSE(EnumSet.of(COMPLETION_CONFIRMED), COMPLETED, STAFF),
    WITHDRAW(TransferStatus.open(), WITHDRAWN, REQUESTER, PROVIDER),
    CANCEL(TransferStatus.open(), CANCELLED, STAFF);

    private final Set<TransferStatus> from;
    private final TransferStatus to;
    private final Set<ActorKind> actors;

    TransferAction(Set<TransferStatus> from, TransferStatus to, ActorKind first, ActorKind... more) {
        this.from = Collections.unmodifiableSet(from);
        this.to = to;
        this.actors = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    public Set<TransferStatus> from() {
        return from;
    }

    public TransferStatus to() {
        return to;
    }

    public Set<ActorKind> actors() {
        return actors;
    }

    /** The actor kind the user acts as, if any of theirs is allowed (requester before provider before staff). */
    java.util.Optional<ActorKind> actingAs(Set<ActorKind> kinds, Transfer transfer) {
        return kinds.stream()
                .filter(actors::contains)
                .filter(kind -> this != ANSWER_STAFF || kind == transfer.infoRequestedFrom())
                .findFirst();
    }

    boolean allowedFrom(TransferStatus status) {
        return from.contains(status);
    }
}
