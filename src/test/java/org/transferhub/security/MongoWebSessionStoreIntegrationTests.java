package org.transferhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.testing.IntegrationTest;

@IntegrationTest
class MongoWebSessionStoreIntegrationTests {

    @Autowired
    MongoWebSessionStore store;

    @Test
    void savedSessionIsReadBackWithItsSignedInUser() {
        String userId = UUID.randomUUID().toString();
        WebSession session = signedInSession(userId);
        WebSession loaded = store.retrieveSession(session.getId()).block();
        assertThat(loaded).isNotNull();
        SecurityContextImpl context = loaded.getAttribute(
                WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME);
        assertThat(((CurrentUser) context.getAuthentication().getPrincipal()).userId()).isEqualTo(userId);
    }

    @Test
    void endedSessionIsNotRevivedByARequestStillInFlight() {
        String userId = UUID.randomUUID().toString();
        WebSession inFlight = store.retrieveSession(signedInSession(userId).getId()).block();
        assertThat(store.endAllOf(userId).block()).isEqualTo(1);
        inFlight.getAttributes().put("changed", "during the request");
        inFlight.save().block();
        assertThat(store.retrieveSession(inFlight.getId()).block()).isNull();
    }

    private WebSession signedInSession(String userId) {
        CurrentUser user = new CurrentUser(userId, "u-" + userId, "Test", null, Set.of(Role.REQUESTER), "en");
        WebSession session = store.createWebSession().block();
        session.getAttributes().put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of())));
        session.save().block();
        return session;
    }
}
