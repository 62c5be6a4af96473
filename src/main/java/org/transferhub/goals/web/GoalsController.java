package org.transferhub.goals.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.goals.Dashboard;
import org.transferhub.goals.Goals;
import org.transferhub.shared.web.Csv;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Mono;

/** The staff dashboard, its CSV export, and the public impact figures. */
@RestController
class GoalsController {

    private final CurrentUsers users;
    private final Goals goals;

    GoalsController(CurrentUsers users, Goals goals) {
        this.users = users;
        this.goals = goals;
    }

    @GetMapping("/api/staff/dashboard")
    Mono<Dashboard> dashboard() {
        return users.required().flatMap(goals::dashboard);
    }

    @GetMapping("/api/public/impact")
    Mono<Goals.Impact> impact() {
        return goals.impact();
    }

    /** The dashboard as rows of (section, key, measure, value): one flat table a spreadsheet can pivot. */
    @GetMapping("/api/staff/dashboard/export")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(defaultValue = "csv") String format) {
        if (!"csv".equals(format)) {
            return Mono.error(new InvalidRequest("format", "must be csv"));
        }
        return users.required().flatMap(goals::dashboard).map(d -> {
            Csv csv = new Csv(List.of("section", "key", "measure", "value"));
            goal(csv, "technologies", d.technologies());
            goal(csv, "professionals", d.professionals());
            for (Dashboard.MonthPoint p : d.monthly()) {
                csv.row("monthly", p.month(), "technologies", p.technologies());
                csv.row("monthly", p.month(), "technologiesPace", p.technologiesPace());
                csv.row("monthly", p.month(), "professionals", p.professionals());
                csv.row("monthly", p.month(), "professionalsPace", p.professionalsPace());
            }
            var b = d.breakdowns();
            counts(csv, "receivingCountry", b.receivingCountry());
            counts(csv, "providingCountry", b.providingCountry());
            counts(csv, "diseaseArea", b.diseaseArea());
            counts(csv, "technologyType", b.technologyType());
            counts(csv, "transferMode", b.transferMode());
            counts(csv, "declineReason", b.declineReason());
            var f = d.funnel();
            csv.row("funnel", "applications", "count", f.applications());
            csv.row("funnel", "accepted", "count", f.accepted());
            csv.row("funnel", "approved", "count", f.approved());
            csv.row("funnel", "completed", "count", f.completed());
            csv.row("funnel", "accepted", "percent", f.acceptedPercent());
            csv.row("funnel", "approved", "percent", f.approvedPercent());
            csv.row("funnel", "completed", "percent", f.completedPercent());
            csv.row("funnel", "accepted", "medianDays", f.medianDaysToAccept());
            csv.row("funnel", "approved", "medianDays", f.medianDaysToApprove());
            csv.row("funnel", "completed", "medianDays", f.medianDaysToComplete());
            csv.row("overdue", "applications", "count", d.overdue().applications());
            csv.row("overdue", "followUps", "count", d.overdue().followUps());
            return download(csv.toString(), "transferhub-dashboard.csv");
        });
    }

    private static void goal(Csv csv, String key, Dashboard.Goal g) {
        csv.row("goal", key, "value", g.value());
        csv.row("goal", key, "target", g.target());
        csv.row("goal", key, "percent", g.percent());
        csv.row("goal", key, "ratePerDay", g.ratePerDay());
        csv.row("goal", key, "projectedDate", g.projectedDate());
    }

    private static void counts(Csv csv, String section, List<Dashboard.Count> counts) {
        for (Dashboard.Count c : counts) {
            csv.row(section, c.key(), "transfers", c.transfers());
            csv.row(section, c.key(), "professionals", c.professionals());
        }
    }

    static ResponseEntity<byte[]> download(String text, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    }
}
