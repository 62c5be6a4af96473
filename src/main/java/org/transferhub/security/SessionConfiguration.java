package org.transferhub.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Replaces WebFlux's in-memory sessions with {@link MongoWebSessionStore}. The cookie is HttpOnly,
 * SameSite=Lax, and Secure whenever the request came over TLS (the resolver checks the scheme; behind
 * a proxy set {@code server.forward-headers-strategy=framework}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String COOKIE_NAME = "SESSION";

    @Bean
    MongoWebSessionStore mongoWebSessionStore(ReactiveMongoTemplate mongo, SecurityProperties properties) {
        return new MongoWebSessionStore(mongo, properties, Clock.systemUTC());
    }

    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager(MongoWebSessionStore store) {
        CookieWebSessionIdResolver resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(COOKIE_NAME);
        resolver.addCookieInitializer(cookie -> cookie.sameSite("Lax").httpOnly(true).path("/"));
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionStore(store);
        manager.setSessionIdResolver(resolver);
        return manager;
    }
}
