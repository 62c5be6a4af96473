package org.transferhub.catalog;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Catalog settings ({@code transferhub.catalog.*}).
 *
 * @param attachmentMaxSize largest accepted attachment; larger uploads get 413 while streaming
 * @param publicationPeriod how long a publication or renewal keeps a listing public
 * @param reminderBefore how long before expiry the provider is reminded
 * @param expiryCheckInterval how often each node runs the (idempotent) expiry job
 * @param importBatchSize lines per bulk write during an import
 * @param importMaxLineLength longest accepted import line; longer lines fail alone
 * @param importMaxReportedErrors how many per-line errors an import answer lists (all are counted)
 */
@ConfigurationProperties("transferhub.catalog")
public record CatalogProperties(
        @DefaultValue("20MB") DataSize attachmentMaxSize,
        @DefaultValue("P365D") Period publicationPeriod,
        @DefaultValue("P30D") Period reminderBefore,
        @DefaultValue("PT1H") Duration expiryCheckInterval,
        @DefaultValue("500") int importBatchSize,
        @DefaultValue("256KB") DataSize importMaxLineLength,
        @DefaultValue("1000") int importMaxReportedErrors) {}
