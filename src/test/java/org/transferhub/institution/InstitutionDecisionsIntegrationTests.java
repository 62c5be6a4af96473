package org.transferhub.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferhub.institution.InstitutionDecisions.InstitutionAlreadyDecided;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Signal;

@IntegrationTest
class InstitutionDecisionsIntegrationTests {

    @Autowired
    InstitutionDecisions decisions;

    @Autowired
    TestAccounts accounts;

    @Test
    void twoStaffDecidingAtOnceGetOneSuccessAndOneConflict() {
        Institution pending = accounts.createInstitution(false);
        List<Signal<Institution>> outcomes = Flux.merge(
                        decisions.verify(pending.id(), "staff-a").materialize(),
                        decisions.reject(pending.id(), "staff-b", "duplicate registration").materialize())
                .filter(signal -> !signal.isOnComplete())
                .collectList().block();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(Signal::isOnNext).hasSize(1);
        assertThat(outcomes).filteredOn(Signal::isOnError)
                .singleElement().extracting(Signal::getThrowable).isInstanceOf(InstitutionAlreadyDecided.class);
    }
}
