package org.transferhub.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code MONGODB_URI} is set; it then takes precedence over {@code spring.mongodb.uri}. */
class MongoUriFromEnvironment extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("MONGODB_URI"))
                ? ConditionOutcome.match("MONGODB_URI is set")
                : ConditionOutcome.noMatch("MONGODB_URI is not set");
    }
}
