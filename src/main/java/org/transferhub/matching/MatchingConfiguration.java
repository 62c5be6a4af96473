package org.transferhub.matching;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.transferhub.catalog.CatalogReader;

/** The fallback text relevance, used until a search-engine-backed {@link TextRelevance} bean exists. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    @ConditionalOnMissingBean(TextRelevance.class)
    TextRelevance tokenOverlapRelevance(@Lazy CatalogReader catalog) {
        return new TokenOverlapRelevance(Vocabulary.load(), catalog::all);
    }
}
