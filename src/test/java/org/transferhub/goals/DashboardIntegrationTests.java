package org.transferhub.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.Role;
import org.transferhub.institution.VerificationStatus;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.transfer.TransferFakes;
import org.transferhub.transfer.Parties;
import org.transferhub.transfer.Scenario;

/**
 * Builds a known history through the HTTP API, with the clock set for each step, and checks every
 * number on the dashboard. Own targets, hence its own application context and a fresh database.
 */
@IntegrationTest
@Import(TransferFakes.class)
@TestPropertySource(properties = {"transferhub.goals.technologies-target=10", "transferhub.goals.professionals-target=100"})
class DashboardIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;
    @Autowired TransferFakes.MutableClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    @Test
    void computesEveryFigureFromAKnownHistory() {
        WebTestClient web = Parties.boundTo(context);
        var a = new Scenario(web, catalog, institutions, "UZ", "CN", "DIABETES", "DEVICE");
        var b = new Scenario(web, catalog, institutions, "KZ", "RU", "OBESITY", "SOFTWARE");
        var c = new Scenario(web, catalog, institutions, "TJ", "CN", "DIABETES", "DEVICE");
        var old = new Scenario(web, catalog, institutions, "IN", "CN", "DIABETES", "DEVICE");
        var kz = Parties.as(web, Parties.user(institutions.add("KZ", VerificationStatus.VERIFIED), Role.REQUESTER));

        // completed before the window opened: no goal counts, but its 6-month report is overdue
        full(old, old.asRequester, "2025-09-01", "2025-09-02", "2025-09-03", "2025-11-20", 7);
        full(a, a.asRequester, "2026-03-01", "2026-03-03", "2026-03-08", "2026-04-10", 8);
        full(a, kz, "2026-03-02", "2026-03-06", "2026-03-16", "2026-05-20", 4);   // same listing: one technology
        full(b, b.asRequester, "2026-04-01", "2026-04-07", "2026-04-08", "2026-06-01", 5);
        clock.set(at("2026-05-01"));
        String declined = c.apply();
        clock.set(at("2026-05-02"));
        c.post(c.asProvider, declined, "decline", Map.of("reasonCode", "CAPACITY", "text", "Full until 2027"))
                .expectStatus().isOk();
        clock.set(at("2026-05-01"));
        String overdue = new Scenario(web, catalog, institutions, "UZ", "CN", "DIABETES", "DEVICE").apply();
        clock.set(at("2026-06-10"));
        new Scenario(web, catalog, institutions, "UZ", "CN", "DIABETES", "DEVICE").apply();

        clock.set(Instant.parse("2026-06-15T00:00:00Z"));
        a.asStaff.get().uri("/api/staff/dashboard").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.windowStart").isEqualTo("2026-02-27")
                .jsonPath("$.windowEnd").isEqualTo("2029-02-27")
                .jsonPath("$.technologies.value").isEqualTo(2)
                .jsonPath("$.technologies.target").isEqualTo(10)
                .jsonPath("$.technologies.percent").isEqualTo(20.0)
                .jsonPath("$.technologies.ratePerDay").isEqualTo(0.022)
                .jsonPath("$.technologies.projectedDate").isEqualTo("2027-06-10")
                .jsonPath("$.technologies.onTrack").isEqualTo(true)
                .jsonPath("$.professionals.value").isEqualTo(17)
                .jsonPath("$.professionals.target").isEqualTo(100)
                .jsonPath("$.professionals.percent").isEqualTo(17.0)
                .jsonPath("$.professionals.ratePerDay").isEqualTo(0.189)
                .jsonPath("$.professionals.projectedDate").isEqualTo("2027-08-29")
                .jsonPath("$.professionals.onTrack").isEqualTo(true)
                .jsonPath("$.monthly.length()").isEqualTo(5)
                .jsonPath("$.monthly[0]").isEqualTo(point("2026-02", 0, 0.0, 0, 0.2))
                .jsonPath("$.monthly[1]").isEqualTo(point("2026-03", 0, 0.3, 0, 3.0))
                .jsonPath("$.monthly[2]").isEqualTo(point("2026-04", 1, 0.6, 8, 5.7))
                .jsonPath("$.monthly[3]").isEqualTo(point("2026-05", 1, 0.9, 12, 8.6))
                .jsonPath("$.monthly[4]").isEqualTo(point("2026-06", 2, 1.1, 17, 11.3))
                .jsonPath("$.breakdowns.receivingCountry").isEqualTo(list(count("KZ", 2, 9), count("UZ", 1, 8)))
                .jsonPath("$.breakdowns.providingCountry").isEqualTo(list(count("CN", 2, 12), count("RU", 1, 5)))
                .jsonPath("$.breakdowns.diseaseArea").isEqualTo(list(count("DIABETES", 2, 12), count("OBESITY", 1, 5)))
                .jsonPath("$.breakdowns.technologyType").isEqualTo(list(count("DEVICE", 2, 12), count("SOFTWARE", 1, 5)))
                .jsonPath("$.breakdowns.transferMode").isEqualTo(list(count("ON_SITE_TRAINING", 3, 17)))
                .jsonPath("$.breakdowns.declineReason").isEqualTo(list(count("CAPACITY", 1, 0)))
                .jsonPath("$.funnel.applications").isEqualTo(6)
                .jsonPath("$.funnel.accepted").isEqualTo(3)
                .jsonPath("$.funnel.approved").isEqualTo(3)
                .jsonPath("$.funnel.completed").isEqualTo(3)
                .jsonPath("$.funnel.acceptedPercent").isEqualTo(50.0)
                .jsonPath("$.funnel.approvedPercent").isEqualTo(100.0)
                .jsonPath("$.funnel.completedPercent").isEqualTo(100.0)
                .jsonPath("$.funnel.medianDaysToAccept").isEqualTo(4.0)
                .jsonPath("$.funnel.medianDaysToApprove").isEqualTo(5.0)
                .jsonPath("$.funnel.medianDaysToComplete").isEqualTo(54.0)
                .jsonPath("$.overdue.applications").isEqualTo(1)
                .jsonPath("$.overdue.followUps").isEqualTo(1)
                .jsonPath("$.overdue.items.length()").isEqualTo(2)
                .jsonPath("$.overdue.items[0].transferId").isEqualTo(overdue)
                .jsonPath("$.overdue.items[0].status").isEqualTo("SUBMITTED")
                .jsonPath("$.overdue.items[0].deadlineAt").isEqualTo("2026-05-15T10:00:00Z")
                .jsonPath("$.overdue.items[1].followUpMonths").isEqualTo(6);

        a.asRequester.get().uri("/api/public/impact").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"technologiesShared":2,"technologiesTarget":10,"professionalsTrained":17,
                         "professionalsTarget":100,"countriesReached":2,
                         "windowStart":"2026-02-27","windowEnd":"2029-02-27"}""");
        a.asRequester.get().uri("/api/staff/dashboard").exchange().expectStatus().isForbidden();

        String csv = a.asStaff.get().uri("/api/staff/dashboard/export?format=csv").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("goal,technologies,value,2\r\n", "goal,professionals,value,17\r\n",
                "receivingCountry,KZ,transfers,2\r\n", "funnel,completed,medianDays,54.0\r\n");
        String transfers = a.asStaff.get().uri("/api/staff/transfers/export?format=csv").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(transfers.lines()).hasSize(1 + 7);
        assertThat(transfers).contains(",COMPLETED,", ",DECLINED,", "CAPACITY");
        a.asStaff.get().uri("/api/staff/transfers/export?format=pdf").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("format");
        for (String uri : new String[] {"/api/staff/transfers/export?format=xlsx", "/api/staff/dashboard/export?format=xlsx"}) {
            byte[] xlsx = a.asStaff.get().uri(uri).exchange().expectStatus().isOk()
                    .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .expectBody().returnResult().getResponseBody();
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var rows = workbook.getFirstSheet().read();
                assertThat(rows).hasSize(csvLines(uri.contains("transfers") ? transfers : csv));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static int csvLines(String csv) {
        return (int) csv.lines().count();
    }

    /** Applies, accepts, approves and completes (all milestones on the completion day). */
    private void full(Scenario s, WebTestClient requester, String applied, String accepted,
            String approved, String completed, int trained) {
        clock.set(at(applied));
        String id = s.applyAs(requester);
        clock.set(at(accepted));
        s.accept(id);
        clock.set(at(approved));
        s.approve(id);
        clock.set(at(completed));
        s.deliverWith(requester, id, trained);
    }

    private static Map<String, Object> point(String month, int technologies, double techPace, int professionals,
            double profPace) {
        return Map.of("month", month, "technologies", technologies, "technologiesPace", techPace,
                "professionals", professionals, "professionalsPace", profPace);
    }

    private static Map<String, Object> count(String key, int transfers, int professionals) {
        return Map.of("key", key, "transfers", transfers, "professionals", professionals);
    }

    @SafeVarargs
    private static java.util.List<Map<String, Object>> list(Map<String, Object>... counts) {
        return java.util.List.of(counts);
    }
}
