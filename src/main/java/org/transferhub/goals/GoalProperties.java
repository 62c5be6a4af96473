package org.transferhub.goals;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Center's targets and the programme window they must be reached in ([start, end), UTC days).
 *
 * @param projectionDays how far back the "current rate" of the projection looks
 */
@ConfigurationProperties("transferhub.goals")
public record GoalProperties(
        @DefaultValue("500") int technologiesTarget,
        @DefaultValue("2000") int professionalsTarget,
        @DefaultValue("2026-02-27") LocalDate start,
        @DefaultValue("2029-02-27") LocalDate end,
        @DefaultValue("90") int projectionDays) {}
