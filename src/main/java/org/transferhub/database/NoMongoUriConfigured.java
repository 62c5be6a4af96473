package org.transferhub.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither {@code MONGODB_URI} nor {@code spring.mongodb.uri} names a database. */
class NoMongoUriConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        boolean configured = StringUtils.hasText(env.getProperty("MONGODB_URI"))
                || StringUtils.hasText(env.getProperty("spring.mongodb.uri"));
        return configured
                ? ConditionOutcome.noMatch("a MongoDB URI is configured")
                : ConditionOutcome.match("no MongoDB URI is configured: using the embedded server");
    }
}
