package org.transferhub.transfer;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of each open state (counted from entering it) and follow-up timing.
 *
 * @param reminderInterval how often the reminder job looks for overdue applications
 * @param attachmentMaxSize largest file accepted on an application (413 while streaming when larger)
 * @param mirrorReload how often each node reads every transfer again into its in-memory copy
 *     ({@link TransferMirror}); between reloads the change stream and the node's own writes keep it current
 */
@ConfigurationProperties("transferhub.transfers")
public record TransferProperties(
        @DefaultValue("14d") Duration providerAnswer,
        @DefaultValue("14d") Duration requesterInfo,
        @DefaultValue("10d") Duration staffDecision,
        @DefaultValue("14d") Duration staffInfoAnswer,
        @DefaultValue("60d") Duration agreement,
        @DefaultValue("120d") Duration training,
        @DefaultValue("90d") Duration deployment,
        @DefaultValue("30d") Duration completionConfirmation,
        @DefaultValue("10d") Duration staffClose,
        @DefaultValue({"6", "12"}) List<Integer> followUpMonths,
        @DefaultValue("1h") Duration reminderInterval,
        @DefaultValue("20MB") DataSize attachmentMaxSize,
        @DefaultValue("10m") Duration mirrorReload) {

    /** When an application entering {@code status} at {@code from} becomes overdue; null for final states. */
    Instant deadline(TransferStatus status, Instant from) {
        Duration allowed = switch (status) {
            case SUBMITTED -> providerAnswer;
            case INFO_REQUESTED -> requesterInfo;
            case ACCEPTED -> staffDecision;
            case STAFF_INFO_REQUESTED -> staffInfoAnswer;
            case APPROVED -> agreement;
            case AGREEMENT_SIGNED -> training;
            case TRAINING_DELIVERED -> deployment;
            case DEPLOYED -> completionConfirmation;
            case COMPLETION_CONFIRMED -> staffClose;
            case COMPLETED, DECLINED, REJECTED, WITHDRAWN, CANCELLED -> null;
        };
        return allowed == null ? null : from.plus(allowed);
    }
}
