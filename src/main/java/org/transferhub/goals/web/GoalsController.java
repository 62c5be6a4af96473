package org.transferhub.goals.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.goals.Dashboard;
import org.transferhub.goals.Goals;
import org.transferhub.shared.web.TableExport;
import reactor.core.scheduler.Schedulers;
import java.util.Arrays;
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
        TableExport.checkFormat(format);
        return users.required().flatMap(goals::dashboard).publishOn(Schedulers.boundedElastic()).map(d -> {
            List<List<Object>> rows = new ArrayList<>();
            goal(rows, "technologies", d.technologies());
            goal(rows, "professionals", d.professionals());
            for (Dashboard.MonthPoint p : d.monthly()) {
                rows.add(List.of("monthly", p.month(), "technologies", p.technologies()));
                rows.add(List.of("monthly", p.month(), "technologiesPace", p.technologiesPace()));
                rows.add(List.of("monthly", p.month(), "professionals", p.professionals()));
                rows.add(List.of("monthly", p.month(), "professionalsPace", p.professionalsPace()));
            }
            var b = d.breakdowns();
            counts(rows, "receivingCountry", b.receivingCountry());
            counts(rows, "providingCountry", b.providingCountry());
            counts(rows, "diseaseArea", b.diseaseArea());
            counts(rows, "technologyType", b.technologyType());
            counts(rows, "transferMode", b.transferMode());
            counts(rows, "declineReason", b.declineReason());
            var f = d.funnel();
            row(rows, "funnel", "applications", "count", f.applications());
            row(rows, "funnel", "accepted", "count", f.accepted());
            row(rows, "funnel", "approved", "count", f.approved());
            row(rows, "funnel", "completed", "count", f.completed());
            row(rows, "funnel", "accepted", "percent", f.acceptedPercent());
            row(rows, "funnel", "approved", "percent", f.approvedPercent());
            row(rows, "funnel", "completed", "percent", f.completedPercent());
            row(rows, "funnel", "accepted", "medianDays", f.medianDaysToAccept());
            row(rows, "funnel", "approved", "medianDays", f.medianDaysToApprove());
            row(rows, "funnel", "completed", "medianDays", f.medianDaysToComplete());
            row(rows, "overdue", "applications", "count", d.overdue().applications());
            row(rows, "overdue", "followUps", "count", d.overdue().followUps());
            return TableExport.render(format, "transferhub-dashboard", List.of("section", "key", "measure", "value"), rows);
        });
    }

    private static void row(List<List<Object>> rows, String section, String key, String measure, Object value) {
        rows.add(Arrays.asList(section, key, measure, value));
    }

    private static void goal(List<List<Object>> rows, String key, Dashboard.Goal g) {
        row(rows, "goal", key, "value", g.value());
        row(rows, "goal", key, "target", g.target());
        row(rows, "goal", key, "percent", g.percent());
        row(rows, "goal", key, "ratePerDay", g.ratePerDay());
        row(rows, "goal", key, "projectedDate", g.projectedDate());
    }

    private static void counts(List<List<Object>> rows, String section, List<Dashboard.Count> counts) {
        for (Dashboard.Count c : counts) {
            row(rows, section, c.key(), "transfers", c.transfers());
            row(rows, section, c.key(), "professionals", c.professionals());
        }
    }
}
