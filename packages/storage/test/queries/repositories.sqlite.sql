-- incidents.nextNumber
update "counters" set "value" = "value" + ? where "name" = ? returning "value";

-- incidents.insert
insert into "incidents" ("key", "number", "title", "title_folded", "severity", "status", "type", "commander", "visibility", "impact_description", "users_affected", "requests_affected", "impact_started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at", "closed_at", "milestone_order_override", "recurrence_of", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
delete from "incident_services" where "incident_key" = ?;
delete from "incident_tags" where "incident_key" = ?;
insert into "incident_services" ("incident_key", "service", "position") values (?, ?, ?);
insert into "incident_tags" ("incident_key", "tag", "position") values (?, ?, ?);
update "counters" set "value" = ? where "name" = ? and "value" < ?;
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "key" in (?);
select "recurrence_root" from "incident_metric_summaries" where "incident_key" in (?) and "recurrence_root" is not null;
select "incident_key" from "incident_metric_summaries" where "recurrence_root" in (select "recurrence_root" from "incident_metric_summaries" where "incident_key" in (?) and "recurrence_root" is not null);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "recurrence_of" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "key" in (?);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "recurrence_of" in (?);
insert into incident_metric_rollups (day, severity, type, "incidents", "recurred", "without_service", "checklist_passed", "checklist_total", "checklist_incidents", "coverage_n", "covered", "log_trace", "trace_ids", "mttr_n", "mttr_sum", "mttr_b0", "mttr_b1", "mttr_b2", "mttr_b3", "mttr_b4", "mttr_b5", "mttr_b6", "mttr_b7", "mttr_b8", "mttr_b9", "mttr_b10", "mttm_n", "mttm_sum", "mttm_b0", "mttm_b1", "mttm_b2", "mttm_b3", "mttm_b4", "mttm_b5", "mttm_b6", "mttm_b7", "mttm_b8", "mttm_b9", "mttm_b10", "mttd_n", "mttd_sum", "mttd_b0", "mttd_b1", "mttd_b2", "mttd_b3", "mttd_b4", "mttd_b5", "mttd_b6", "mttd_b7", "mttd_b8", "mttd_b9", "mttd_b10", "mtta_n", "mtta_sum", "mtta_b0", "mtta_b1", "mtta_b2", "mtta_b3", "mtta_b4", "mtta_b5", "mtta_b6", "mtta_b7", "mtta_b8", "mtta_b9", "mtta_b10", "lag_n", "lag_sum", "lag_b0", "lag_b1", "lag_b2", "lag_b3", "lag_b4", "lag_b5", "lag_b6", "lag_b7", "lag_b8", "lag_b9", "lag_b10")
    select coalesce(substr(s.impact_started_at, 1, 10), ''), s.severity, s.type, -1 * sum(1), -1 * sum(s.recurred), -1 * sum(case when s.service_count = 0 then 1 else 0 end), -1 * sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end), -1 * sum(case when s.checklist_total > 0 then s.checklist_total else 0 end), -1 * sum(case when s.checklist_total > 0 then 1 else 0 end), -1 * sum(case when s.covered is not null then 1 else 0 end), -1 * sum(coalesce(s.covered, 0)), -1 * sum(s.log_trace_entries), -1 * sum(s.trace_id_entries), -1 * sum(case when "s"."mttr_ms" is not null then 1 else 0 end), -1 * sum(coalesce("s"."mttr_ms", 0)), -1 * sum(case when "s"."mttr_ms" >= 0 and "s"."mttr_ms" < 300000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 300000 and "s"."mttr_ms" < 900000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 900000 and "s"."mttr_ms" < 1800000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 1800000 and "s"."mttr_ms" < 3600000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 3600000 and "s"."mttr_ms" < 7200000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 7200000 and "s"."mttr_ms" < 14400000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 14400000 and "s"."mttr_ms" < 28800000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 28800000 and "s"."mttr_ms" < 86400000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 86400000 and "s"."mttr_ms" < 259200000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 259200000 and "s"."mttr_ms" < 604800000 then 1 else 0 end), -1 * sum(case when "s"."mttr_ms" >= 604800000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" is not null then 1 else 0 end), -1 * sum(coalesce("s"."mttm_ms", 0)), -1 * sum(case when "s"."mttm_ms" >= 0 and "s"."mttm_ms" < 300000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 300000 and "s"."mttm_ms" < 900000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 900000 and "s"."mttm_ms" < 1800000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 1800000 and "s"."mttm_ms" < 3600000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 3600000 and "s"."mttm_ms" < 7200000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 7200000 and "s"."mttm_ms" < 14400000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 14400000 and "s"."mttm_ms" < 28800000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 28800000 and "s"."mttm_ms" < 86400000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 86400000 and "s"."mttm_ms" < 259200000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 259200000 and "s"."mttm_ms" < 604800000 then 1 else 0 end), -1 * sum(case when "s"."mttm_ms" >= 604800000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" is not null then 1 else 0 end), -1 * sum(coalesce("s"."mttd_ms", 0)), -1 * sum(case when "s"."mttd_ms" >= 0 and "s"."mttd_ms" < 300000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 300000 and "s"."mttd_ms" < 900000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 900000 and "s"."mttd_ms" < 1800000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 1800000 and "s"."mttd_ms" < 3600000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 3600000 and "s"."mttd_ms" < 7200000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 7200000 and "s"."mttd_ms" < 14400000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 14400000 and "s"."mttd_ms" < 28800000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 28800000 and "s"."mttd_ms" < 86400000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 86400000 and "s"."mttd_ms" < 259200000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 259200000 and "s"."mttd_ms" < 604800000 then 1 else 0 end), -1 * sum(case when "s"."mttd_ms" >= 604800000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" is not null then 1 else 0 end), -1 * sum(coalesce("s"."mtta_ms", 0)), -1 * sum(case when "s"."mtta_ms" >= 0 and "s"."mtta_ms" < 300000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 300000 and "s"."mtta_ms" < 900000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 900000 and "s"."mtta_ms" < 1800000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 1800000 and "s"."mtta_ms" < 3600000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 3600000 and "s"."mtta_ms" < 7200000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 7200000 and "s"."mtta_ms" < 14400000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 14400000 and "s"."mtta_ms" < 28800000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 28800000 and "s"."mtta_ms" < 86400000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 86400000 and "s"."mtta_ms" < 259200000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 259200000 and "s"."mtta_ms" < 604800000 then 1 else 0 end), -1 * sum(case when "s"."mtta_ms" >= 604800000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" is not null then 1 else 0 end), -1 * sum(coalesce("s"."lag_ms", 0)), -1 * sum(case when "s"."lag_ms" >= 0 and "s"."lag_ms" < 300000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 300000 and "s"."lag_ms" < 900000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 900000 and "s"."lag_ms" < 1800000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 1800000 and "s"."lag_ms" < 3600000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 3600000 and "s"."lag_ms" < 7200000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 7200000 and "s"."lag_ms" < 14400000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 14400000 and "s"."lag_ms" < 28800000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 28800000 and "s"."lag_ms" < 86400000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 86400000 and "s"."lag_ms" < 259200000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 259200000 and "s"."lag_ms" < 604800000 then 1 else 0 end), -1 * sum(case when "s"."lag_ms" >= 604800000 then 1 else 0 end)
    from incident_metric_summaries s where s.incident_key in (?)
    group by coalesce(substr(s.impact_started_at, 1, 10), ''), s.severity, s.type
    on conflict (day, severity, type) do update set "incidents" = "incident_metric_rollups"."incidents" + "excluded"."incidents", "recurred" = "incident_metric_rollups"."recurred" + "excluded"."recurred", "without_service" = "incident_metric_rollups"."without_service" + "excluded"."without_service", "checklist_passed" = "incident_metric_rollups"."checklist_passed" + "excluded"."checklist_passed", "checklist_total" = "incident_metric_rollups"."checklist_total" + "excluded"."checklist_total", "checklist_incidents" = "incident_metric_rollups"."checklist_incidents" + "excluded"."checklist_incidents", "coverage_n" = "incident_metric_rollups"."coverage_n" + "excluded"."coverage_n", "covered" = "incident_metric_rollups"."covered" + "excluded"."covered", "log_trace" = "incident_metric_rollups"."log_trace" + "excluded"."log_trace", "trace_ids" = "incident_metric_rollups"."trace_ids" + "excluded"."trace_ids", "mttr_n" = "incident_metric_rollups"."mttr_n" + "excluded"."mttr_n", "mttr_sum" = "incident_metric_rollups"."mttr_sum" + "excluded"."mttr_sum", "mttr_b0" = "incident_metric_rollups"."mttr_b0" + "excluded"."mttr_b0", "mttr_b1" = "incident_metric_rollups"."mttr_b1" + "excluded"."mttr_b1", "mttr_b2" = "incident_metric_rollups"."mttr_b2" + "excluded"."mttr_b2", "mttr_b3" = "incident_metric_rollups"."mttr_b3" + "excluded"."mttr_b3", "mttr_b4" = "incident_metric_rollups"."mttr_b4" + "excluded"."mttr_b4", "mttr_b5" = "incident_metric_rollups"."mttr_b5" + "excluded"."mttr_b5", "mttr_b6" = "incident_metric_rollups"."mttr_b6" + "excluded"."mttr_b6", "mttr_b7" = "incident_metric_rollups"."mttr_b7" + "excluded"."mttr_b7", "mttr_b8" = "incident_metric_rollups"."mttr_b8" + "excluded"."mttr_b8", "mttr_b9" = "incident_metric_rollups"."mttr_b9" + "excluded"."mttr_b9", "mttr_b10" = "incident_metric_rollups"."mttr_b10" + "excluded"."mttr_b10", "mttm_n" = "incident_metric_rollups"."mttm_n" + "excluded"."mttm_n", "mttm_sum" = "incident_metric_rollups"."mttm_sum" + "excluded"."mttm_sum", "mttm_b0" = "incident_metric_rollups"."mttm_b0" + "excluded"."mttm_b0", "mttm_b1" = "incident_metric_rollups"."mttm_b1" + "excluded"."mttm_b1", "mttm_b2" = "incident_metric_rollups"."mttm_b2" + "excluded"."mttm_b2", "mttm_b3" = "incident_metric_rollups"."mttm_b3" + "excluded"."mttm_b3", "mttm_b4" = "incident_metric_rollups"."mttm_b4" + "excluded"."mttm_b4", "mttm_b5" = "incident_metric_rollups"."mttm_b5" + "excluded"."mttm_b5", "mttm_b6" = "incident_metric_rollups"."mttm_b6" + "excluded"."mttm_b6", "mttm_b7" = "incident_metric_rollups"."mttm_b7" + "excluded"."mttm_b7", "mttm_b8" = "incident_metric_rollups"."mttm_b8" + "excluded"."mttm_b8", "mttm_b9" = "incident_metric_rollups"."mttm_b9" + "excluded"."mttm_b9", "mttm_b10" = "incident_metric_rollups"."mttm_b10" + "excluded"."mttm_b10", "mttd_n" = "incident_metric_rollups"."mttd_n" + "excluded"."mttd_n", "mttd_sum" = "incident_metric_rollups"."mttd_sum" + "excluded"."mttd_sum", "mttd_b0" = "incident_metric_rollups"."mttd_b0" + "excluded"."mttd_b0", "mttd_b1" = "incident_metric_rollups"."mttd_b1" + "excluded"."mttd_b1", "mttd_b2" = "incident_metric_rollups"."mttd_b2" + "excluded"."mttd_b2", "mttd_b3" = "incident_metric_rollups"."mttd_b3" + "excluded"."mttd_b3", "mttd_b4" = "incident_metric_rollups"."mttd_b4" + "excluded"."mttd_b4", "mttd_b5" = "incident_metric_rollups"."mttd_b5" + "excluded"."mttd_b5", "mttd_b6" = "incident_metric_rollups"."mttd_b6" + "excluded"."mttd_b6", "mttd_b7" = "incident_metric_rollups"."mttd_b7" + "excluded"."mttd_b7", "mttd_b8" = "incident_metric_rollups"."mttd_b8" + "excluded"."mttd_b8", "mttd_b9" = "incident_metric_rollups"."mttd_b9" + "excluded"."mttd_b9", "mttd_b10" = "incident_metric_rollups"."mttd_b10" + "excluded"."mttd_b10", "mtta_n" = "incident_metric_rollups"."mtta_n" + "excluded"."mtta_n", "mtta_sum" = "incident_metric_rollups"."mtta_sum" + "excluded"."mtta_sum", "mtta_b0" = "incident_metric_rollups"."mtta_b0" + "excluded"."mtta_b0", "mtta_b1" = "incident_metric_rollups"."mtta_b1" + "excluded"."mtta_b1", "mtta_b2" = "incident_metric_rollups"."mtta_b2" + "excluded"."mtta_b2", "mtta_b3" = "incident_metric_rollups"."mtta_b3" + "excluded"."mtta_b3", "mtta_b4" = "incident_metric_rollups"."mtta_b4" + "excluded"."mtta_b4", "mtta_b5" = "incident_metric_rollups"."mtta_b5" + "excluded"."mtta_b5", "mtta_b6" = "incident_metric_rollups"."mtta_b6" + "excluded"."mtta_b6", "mtta_b7" = "incident_metric_rollups"."mtta_b7" + "excluded"."mtta_b7", "mtta_b8" = "incident_metric_rollups"."mtta_b8" + "excluded"."mtta_b8", "mtta_b9" = "incident_metric_rollups"."mtta_b9" + "excluded"."mtta_b9", "mtta_b10" = "incident_metric_rollups"."mtta_b10" + "excluded"."mtta_b10", "lag_n" = "incident_metric_rollups"."lag_n" + "excluded"."lag_n", "lag_sum" = "incident_metric_rollups"."lag_sum" + "excluded"."lag_sum", "lag_b0" = "incident_metric_rollups"."lag_b0" + "excluded"."lag_b0", "lag_b1" = "incident_metric_rollups"."lag_b1" + "excluded"."lag_b1", "lag_b2" = "incident_metric_rollups"."lag_b2" + "excluded"."lag_b2", "lag_b3" = "incident_metric_rollups"."lag_b3" + "excluded"."lag_b3", "lag_b4" = "incident_metric_rollups"."lag_b4" + "excluded"."lag_b4", "lag_b5" = "incident_metric_rollups"."lag_b5" + "excluded"."lag_b5", "lag_b6" = "incident_metric_rollups"."lag_b6" + "excluded"."lag_b6", "lag_b7" = "incident_metric_rollups"."lag_b7" + "excluded"."lag_b7", "lag_b8" = "incident_metric_rollups"."lag_b8" + "excluded"."lag_b8", "lag_b9" = "incident_metric_rollups"."lag_b9" + "excluded"."lag_b9", "lag_b10" = "incident_metric_rollups"."lag_b10" + "excluded"."lag_b10";
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale", "recurrence_of", "created_at", "linked", "recurrence_root", "recurred") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale", "recurrence_of" = "excluded"."recurrence_of", "created_at" = "excluded"."created_at", "linked" = "excluded"."linked", "recurrence_root" = "excluded"."recurrence_root", "recurred" = "excluded"."recurred";
insert into incident_metric_rollups (day, severity, type, "incidents", "recurred", "without_service", "checklist_passed", "checklist_total", "checklist_incidents", "coverage_n", "covered", "log_trace", "trace_ids", "mttr_n", "mttr_sum", "mttr_b0", "mttr_b1", "mttr_b2", "mttr_b3", "mttr_b4", "mttr_b5", "mttr_b6", "mttr_b7", "mttr_b8", "mttr_b9", "mttr_b10", "mttm_n", "mttm_sum", "mttm_b0", "mttm_b1", "mttm_b2", "mttm_b3", "mttm_b4", "mttm_b5", "mttm_b6", "mttm_b7", "mttm_b8", "mttm_b9", "mttm_b10", "mttd_n", "mttd_sum", "mttd_b0", "mttd_b1", "mttd_b2", "mttd_b3", "mttd_b4", "mttd_b5", "mttd_b6", "mttd_b7", "mttd_b8", "mttd_b9", "mttd_b10", "mtta_n", "mtta_sum", "mtta_b0", "mtta_b1", "mtta_b2", "mtta_b3", "mtta_b4", "mtta_b5", "mtta_b6", "mtta_b7", "mtta_b8", "mtta_b9", "mtta_b10", "lag_n", "lag_sum", "lag_b0", "lag_b1", "lag_b2", "lag_b3", "lag_b4", "lag_b5", "lag_b6", "lag_b7", "lag_b8", "lag_b9", "lag_b10")
    select coalesce(substr(s.impact_started_at, 1, 10), ''), s.severity, s.type, 1 * sum(1), 1 * sum(s.recurred), 1 * sum(case when s.service_count = 0 then 1 else 0 end), 1 * sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end), 1 * sum(case when s.checklist_total > 0 then s.checklist_total else 0 end), 1 * sum(case when s.checklist_total > 0 then 1 else 0 end), 1 * sum(case when s.covered is not null then 1 else 0 end), 1 * sum(coalesce(s.covered, 0)), 1 * sum(s.log_trace_entries), 1 * sum(s.trace_id_entries), 1 * sum(case when "s"."mttr_ms" is not null then 1 else 0 end), 1 * sum(coalesce("s"."mttr_ms", 0)), 1 * sum(case when "s"."mttr_ms" >= 0 and "s"."mttr_ms" < 300000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 300000 and "s"."mttr_ms" < 900000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 900000 and "s"."mttr_ms" < 1800000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 1800000 and "s"."mttr_ms" < 3600000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 3600000 and "s"."mttr_ms" < 7200000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 7200000 and "s"."mttr_ms" < 14400000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 14400000 and "s"."mttr_ms" < 28800000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 28800000 and "s"."mttr_ms" < 86400000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 86400000 and "s"."mttr_ms" < 259200000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 259200000 and "s"."mttr_ms" < 604800000 then 1 else 0 end), 1 * sum(case when "s"."mttr_ms" >= 604800000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" is not null then 1 else 0 end), 1 * sum(coalesce("s"."mttm_ms", 0)), 1 * sum(case when "s"."mttm_ms" >= 0 and "s"."mttm_ms" < 300000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 300000 and "s"."mttm_ms" < 900000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 900000 and "s"."mttm_ms" < 1800000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 1800000 and "s"."mttm_ms" < 3600000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 3600000 and "s"."mttm_ms" < 7200000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 7200000 and "s"."mttm_ms" < 14400000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 14400000 and "s"."mttm_ms" < 28800000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 28800000 and "s"."mttm_ms" < 86400000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 86400000 and "s"."mttm_ms" < 259200000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 259200000 and "s"."mttm_ms" < 604800000 then 1 else 0 end), 1 * sum(case when "s"."mttm_ms" >= 604800000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" is not null then 1 else 0 end), 1 * sum(coalesce("s"."mttd_ms", 0)), 1 * sum(case when "s"."mttd_ms" >= 0 and "s"."mttd_ms" < 300000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 300000 and "s"."mttd_ms" < 900000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 900000 and "s"."mttd_ms" < 1800000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 1800000 and "s"."mttd_ms" < 3600000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 3600000 and "s"."mttd_ms" < 7200000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 7200000 and "s"."mttd_ms" < 14400000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 14400000 and "s"."mttd_ms" < 28800000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 28800000 and "s"."mttd_ms" < 86400000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 86400000 and "s"."mttd_ms" < 259200000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 259200000 and "s"."mttd_ms" < 604800000 then 1 else 0 end), 1 * sum(case when "s"."mttd_ms" >= 604800000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" is not null then 1 else 0 end), 1 * sum(coalesce("s"."mtta_ms", 0)), 1 * sum(case when "s"."mtta_ms" >= 0 and "s"."mtta_ms" < 300000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 300000 and "s"."mtta_ms" < 900000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 900000 and "s"."mtta_ms" < 1800000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 1800000 and "s"."mtta_ms" < 3600000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 3600000 and "s"."mtta_ms" < 7200000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 7200000 and "s"."mtta_ms" < 14400000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 14400000 and "s"."mtta_ms" < 28800000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 28800000 and "s"."mtta_ms" < 86400000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 86400000 and "s"."mtta_ms" < 259200000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 259200000 and "s"."mtta_ms" < 604800000 then 1 else 0 end), 1 * sum(case when "s"."mtta_ms" >= 604800000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" is not null then 1 else 0 end), 1 * sum(coalesce("s"."lag_ms", 0)), 1 * sum(case when "s"."lag_ms" >= 0 and "s"."lag_ms" < 300000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 300000 and "s"."lag_ms" < 900000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 900000 and "s"."lag_ms" < 1800000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 1800000 and "s"."lag_ms" < 3600000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 3600000 and "s"."lag_ms" < 7200000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 7200000 and "s"."lag_ms" < 14400000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 14400000 and "s"."lag_ms" < 28800000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 28800000 and "s"."lag_ms" < 86400000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 86400000 and "s"."lag_ms" < 259200000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 259200000 and "s"."lag_ms" < 604800000 then 1 else 0 end), 1 * sum(case when "s"."lag_ms" >= 604800000 then 1 else 0 end)
    from incident_metric_summaries s where s.incident_key in (?)
    group by coalesce(substr(s.impact_started_at, 1, 10), ''), s.severity, s.type
    on conflict (day, severity, type) do update set "incidents" = "incident_metric_rollups"."incidents" + "excluded"."incidents", "recurred" = "incident_metric_rollups"."recurred" + "excluded"."recurred", "without_service" = "incident_metric_rollups"."without_service" + "excluded"."without_service", "checklist_passed" = "incident_metric_rollups"."checklist_passed" + "excluded"."checklist_passed", "checklist_total" = "incident_metric_rollups"."checklist_total" + "excluded"."checklist_total", "checklist_incidents" = "incident_metric_rollups"."checklist_incidents" + "excluded"."checklist_incidents", "coverage_n" = "incident_metric_rollups"."coverage_n" + "excluded"."coverage_n", "covered" = "incident_metric_rollups"."covered" + "excluded"."covered", "log_trace" = "incident_metric_rollups"."log_trace" + "excluded"."log_trace", "trace_ids" = "incident_metric_rollups"."trace_ids" + "excluded"."trace_ids", "mttr_n" = "incident_metric_rollups"."mttr_n" + "excluded"."mttr_n", "mttr_sum" = "incident_metric_rollups"."mttr_sum" + "excluded"."mttr_sum", "mttr_b0" = "incident_metric_rollups"."mttr_b0" + "excluded"."mttr_b0", "mttr_b1" = "incident_metric_rollups"."mttr_b1" + "excluded"."mttr_b1", "mttr_b2" = "incident_metric_rollups"."mttr_b2" + "excluded"."mttr_b2", "mttr_b3" = "incident_metric_rollups"."mttr_b3" + "excluded"."mttr_b3", "mttr_b4" = "incident_metric_rollups"."mttr_b4" + "excluded"."mttr_b4", "mttr_b5" = "incident_metric_rollups"."mttr_b5" + "excluded"."mttr_b5", "mttr_b6" = "incident_metric_rollups"."mttr_b6" + "excluded"."mttr_b6", "mttr_b7" = "incident_metric_rollups"."mttr_b7" + "excluded"."mttr_b7", "mttr_b8" = "incident_metric_rollups"."mttr_b8" + "excluded"."mttr_b8", "mttr_b9" = "incident_metric_rollups"."mttr_b9" + "excluded"."mttr_b9", "mttr_b10" = "incident_metric_rollups"."mttr_b10" + "excluded"."mttr_b10", "mttm_n" = "incident_metric_rollups"."mttm_n" + "excluded"."mttm_n", "mttm_sum" = "incident_metric_rollups"."mttm_sum" + "excluded"."mttm_sum", "mttm_b0" = "incident_metric_rollups"."mttm_b0" + "excluded"."mttm_b0", "mttm_b1" = "incident_metric_rollups"."mttm_b1" + "excluded"."mttm_b1", "mttm_b2" = "incident_metric_rollups"."mttm_b2" + "excluded"."mttm_b2", "mttm_b3" = "incident_metric_rollups"."mttm_b3" + "excluded"."mttm_b3", "mttm_b4" = "incident_metric_rollups"."mttm_b4" + "excluded"."mttm_b4", "mttm_b5" = "incident_metric_rollups"."mttm_b5" + "excluded"."mttm_b5", "mttm_b6" = "incident_metric_rollups"."mttm_b6" + "excluded"."mttm_b6", "mttm_b7" = "incident_metric_rollups"."mttm_b7" + "excluded"."mttm_b7", "mttm_b8" = "incident_metric_rollups"."mttm_b8" + "excluded"."mttm_b8", "mttm_b9" = "incident_metric_rollups"."mttm_b9" + "excluded"."mttm_b9", "mttm_b10" = "incident_metric_rollups"."mttm_b10" + "excluded"."mttm_b10", "mttd_n" = "incident_metric_rollups"."mttd_n" + "excluded"."mttd_n", "mttd_sum" = "incident_metric_rollups"."mttd_sum" + "excluded"."mttd_sum", "mttd_b0" = "incident_metric_rollups"."mttd_b0" + "excluded"."mttd_b0", "mttd_b1" = "incident_metric_rollups"."mttd_b1" + "excluded"."mttd_b1", "mttd_b2" = "incident_metric_rollups"."mttd_b2" + "excluded"."mttd_b2", "mttd_b3" = "incident_metric_rollups"."mttd_b3" + "excluded"."mttd_b3", "mttd_b4" = "incident_metric_rollups"."mttd_b4" + "excluded"."mttd_b4", "mttd_b5" = "incident_metric_rollups"."mttd_b5" + "excluded"."mttd_b5", "mttd_b6" = "incident_metric_rollups"."mttd_b6" + "excluded"."mttd_b6", "mttd_b7" = "incident_metric_rollups"."mttd_b7" + "excluded"."mttd_b7", "mttd_b8" = "incident_metric_rollups"."mttd_b8" + "excluded"."mttd_b8", "mttd_b9" = "incident_metric_rollups"."mttd_b9" + "excluded"."mttd_b9", "mttd_b10" = "incident_metric_rollups"."mttd_b10" + "excluded"."mttd_b10", "mtta_n" = "incident_metric_rollups"."mtta_n" + "excluded"."mtta_n", "mtta_sum" = "incident_metric_rollups"."mtta_sum" + "excluded"."mtta_sum", "mtta_b0" = "incident_metric_rollups"."mtta_b0" + "excluded"."mtta_b0", "mtta_b1" = "incident_metric_rollups"."mtta_b1" + "excluded"."mtta_b1", "mtta_b2" = "incident_metric_rollups"."mtta_b2" + "excluded"."mtta_b2", "mtta_b3" = "incident_metric_rollups"."mtta_b3" + "excluded"."mtta_b3", "mtta_b4" = "incident_metric_rollups"."mtta_b4" + "excluded"."mtta_b4", "mtta_b5" = "incident_metric_rollups"."mtta_b5" + "excluded"."mtta_b5", "mtta_b6" = "incident_metric_rollups"."mtta_b6" + "excluded"."mtta_b6", "mtta_b7" = "incident_metric_rollups"."mtta_b7" + "excluded"."mtta_b7", "mtta_b8" = "incident_metric_rollups"."mtta_b8" + "excluded"."mtta_b8", "mtta_b9" = "incident_metric_rollups"."mtta_b9" + "excluded"."mtta_b9", "mtta_b10" = "incident_metric_rollups"."mtta_b10" + "excluded"."mtta_b10", "lag_n" = "incident_metric_rollups"."lag_n" + "excluded"."lag_n", "lag_sum" = "incident_metric_rollups"."lag_sum" + "excluded"."lag_sum", "lag_b0" = "incident_metric_rollups"."lag_b0" + "excluded"."lag_b0", "lag_b1" = "incident_metric_rollups"."lag_b1" + "excluded"."lag_b1", "lag_b2" = "incident_metric_rollups"."lag_b2" + "excluded"."lag_b2", "lag_b3" = "incident_metric_rollups"."lag_b3" + "excluded"."lag_b3", "lag_b4" = "incident_metric_rollups"."lag_b4" + "excluded"."lag_b4", "lag_b5" = "incident_metric_rollups"."lag_b5" + "excluded"."lag_b5", "lag_b6" = "incident_metric_rollups"."lag_b6" + "excluded"."lag_b6", "lag_b7" = "incident_metric_rollups"."lag_b7" + "excluded"."lag_b7", "lag_b8" = "incident_metric_rollups"."lag_b8" + "excluded"."lag_b8", "lag_b9" = "incident_metric_rollups"."lag_b9" + "excluded"."lag_b9", "lag_b10" = "incident_metric_rollups"."lag_b10" + "excluded"."lag_b10";
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- incidents.get
select "incidents".*, (select json_group_array("service" order by "position") from "incident_services" where "incident_services"."incident_key" = "incidents"."key") as "services_json", (select json_group_array("tag" order by "position") from "incident_tags" where "incident_tags"."incident_key" = "incidents"."key") as "tags_json" from "incidents" where "key" = ?;

-- incidents.list (every filter)
select count(*) as "total" from "incidents" where ("status" in (?) and "severity" in (?, ?) and "key" in (select "incident_key" from "incident_services" where "service" = ?) and "key" in (select "incident_key" from "incident_tags" where "tag" = ?) and ("title_folded" like ? escape '\' or lower("key") like ? escape '\'));
select * from "incidents" where ("status" in (?) and "severity" in (?, ?) and "key" in (select "incident_key" from "incident_services" where "service" = ?) and "key" in (select "incident_key" from "incident_tags" where "tag" = ?) and ("title_folded" like ? escape '\' or lower("key") like ? escape '\')) order by "number" desc limit ? offset ?;
select "incident_key", "service" from "incident_services" where "incident_key" in (?) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in (?) order by "incident_key", "position";

-- incidents.update
update "incidents" set "title" = ?, "title_folded" = ?, "severity" = ?, "status" = ?, "type" = ?, "commander" = ?, "visibility" = ?, "impact_description" = ?, "users_affected" = ?, "requests_affected" = ?, "impact_started_at" = ?, "detected_at" = ?, "acknowledged_at" = ?, "mitigated_at" = ?, "resolved_at" = ?, "closed_at" = ?, "milestone_order_override" = ?, "recurrence_of" = ?, "updated_at" = ?, "version" = ? where "key" = ? and "version" = ?;
delete from "incident_services" where "incident_key" = ?;
delete from "incident_tags" where "incident_key" = ?;
insert into "incident_services" ("incident_key", "service", "position") values (?, ?, ?);
insert into "incident_tags" ("incident_key", "tag", "position") values (?, ?, ?);
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "key" in (?);
select "recurrence_root" from "incident_metric_summaries" where "incident_key" in (?) and "recurrence_root" is not null;
select "incident_key" from "incident_metric_summaries" where "recurrence_root" in (select "recurrence_root" from "incident_metric_summaries" where "incident_key" in (?) and "recurrence_root" is not null);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "recurrence_of" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "key" in (?);
select "key", "recurrence_of", "impact_started_at", "created_at" from "incidents" where "recurrence_of" in (?);
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.insert
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.listByIncident
select * from "timeline_entries" where "incident_key" = ? order by "at", "id";

-- timeline.insertMany
insert into "timeline_dedupe_keys" ("incident_key", "dedupe_key", "entry_id") values (?, ?, ?) on conflict ("incident_key", "dedupe_key") do nothing returning "entry_id";
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.update
select * from "timeline_entries" where "id" = ?;
update "timeline_entries" set "at" = ?, "precision" = ?, "zone_assumed" = ?, "kind" = ?, "title" = ?, "body" = ?, "source" = ?, "service" = ?, "evidence_id" = ?, "evidence_line" = ?, "evidence_byte_offset" = ?, "evidence_json_pointer" = ?, "author" = ?, "pinned" = ?, "version" = ? where "id" = ? and "version" = ?;
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.delete (stale)
select * from "timeline_entries" where "id" = ?;
select * from "timeline_entries" where "id" = ?;
delete from "timeline_entries" where "id" = ? and "version" = ?;
select "version" from "timeline_entries" where "id" = ?;

-- evidence.insert
insert into "evidence" ("id", "incident_key", "format", "channel", "name", "sha256", "bytes", "received_at", "records", "entries_added", "duplicates_skipped", "problems") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale", "recurrence_of", "created_at", "linked", "recurrence_root", "recurred") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale", "recurrence_of" = "excluded"."recurrence_of", "created_at" = "excluded"."created_at", "linked" = "excluded"."linked", "recurrence_root" = "excluded"."recurrence_root", "recurred" = "excluded"."recurred";
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- evidence.listByIncident
select * from "evidence" where "incident_key" = ? order by "received_at", "id";

-- milestoneDecisions.save
insert into "milestone_decisions" ("incident_key", "milestone", "decision", "at", "entry_id", "reason", "decided_by", "decided_at") values (?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key", "milestone") do update set "decision" = ?, "at" = ?, "entry_id" = ?, "reason" = ?, "decided_by" = ?, "decided_at" = ?;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- milestoneDecisions.listByIncident
select * from "milestone_decisions" where "incident_key" = ? order by "milestone";

-- postmortems.insert
insert into "postmortems" ("incident_key", "owner", "status", "template", "rca", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
insert into "postmortem_sections" ("incident_key", "name", "body") values (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?) on conflict ("incident_key", "name") do update set "body" = "excluded"."body";
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale", "recurrence_of", "created_at", "linked", "recurrence_root", "recurred") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale", "recurrence_of" = "excluded"."recurrence_of", "created_at" = "excluded"."created_at", "linked" = "excluded"."linked", "recurrence_root" = "excluded"."recurrence_root", "recurred" = "excluded"."recurred";
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- postmortems.get
select * from "postmortems" where "incident_key" = ?;
select "name", "body" from "postmortem_sections" where "incident_key" = ?;

-- postmortems.update
update "postmortems" set "owner" = ?, "status" = ?, "template" = ?, "rca" = ?, "updated_at" = ?, "version" = ? where "incident_key" = ? and "version" = ?;
insert into "postmortem_sections" ("incident_key", "name", "body") values (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?) on conflict ("incident_key", "name") do update set "body" = "excluded"."body";
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale", "recurrence_of", "created_at", "linked", "recurrence_root", "recurred") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale", "recurrence_of" = "excluded"."recurrence_of", "created_at" = "excluded"."created_at", "linked" = "excluded"."linked", "recurrence_root" = "excluded"."recurrence_root", "recurred" = "excluded"."recurred";
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- postmortems.listAnalyses
select "incident_key", "rca" from "postmortems" order by "incident_key";

-- actions.insert
insert into "action_items" ("id", "incident_key", "title", "type", "priority", "owner", "due_date", "status", "verification_criteria", "rationale", "links", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
select "incident_key" from "postmortem_links" where "primary_key" in (?);
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select * from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale", "recurrence_of", "created_at", "linked", "recurrence_root", "recurred") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale", "recurrence_of" = "excluded"."recurrence_of", "created_at" = "excluded"."created_at", "linked" = "excluded"."linked", "recurrence_root" = "excluded"."recurrence_root", "recurred" = "excluded"."recurred";
insert into incident_metric_action_rollups (priority, due_date, "excluded", "closed", "on_time", "open")
    select f.priority, f.due_date, -1 * sum("f"."excluded"), -1 * sum("f"."closed"), -1 * sum("f"."on_time"), -1 * sum("f"."open")
    from incident_metric_action_figures f where f.incident_key in (?)
    group by f.priority, f.due_date
    on conflict (priority, due_date) do update set "excluded" = "incident_metric_action_rollups"."excluded" + "excluded"."excluded", "closed" = "incident_metric_action_rollups"."closed" + "excluded"."closed", "on_time" = "incident_metric_action_rollups"."on_time" + "excluded"."on_time", "open" = "incident_metric_action_rollups"."open" + "excluded"."open";
delete from incident_metric_action_figures where incident_key in (?);
insert into incident_metric_action_figures
      (incident_key, priority, due_date, excluded, closed, on_time, open)
    select a.incident_key, a.priority, coalesce(a.due_date, ''),
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end),
      sum(case when a.due_date is not null and a.status in ('done', 'verified') then 1 else 0 end),
      sum(case when a.due_date is not null and a.status in ('done', 'verified')
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end),
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and a.status not in ('done', 'verified') then 1 else 0 end)
    from action_items a where a.incident_key in (?)
    group by a.incident_key, a.priority, coalesce(a.due_date, '');
insert into incident_metric_action_rollups (priority, due_date, "excluded", "closed", "on_time", "open")
    select f.priority, f.due_date, 1 * sum("f"."excluded"), 1 * sum("f"."closed"), 1 * sum("f"."on_time"), 1 * sum("f"."open")
    from incident_metric_action_figures f where f.incident_key in (?)
    group by f.priority, f.due_date
    on conflict (priority, due_date) do update set "excluded" = "incident_metric_action_rollups"."excluded" + "excluded"."excluded", "closed" = "incident_metric_action_rollups"."closed" + "excluded"."closed", "on_time" = "incident_metric_action_rollups"."on_time" + "excluded"."on_time", "open" = "incident_metric_action_rollups"."open" + "excluded"."open";
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- actions.listByIncident
select * from "action_items" where "incident_key" = ? order by "id";

-- services.upsert
select * from "services" where "name" = ?;
insert into "services" ("name", "team", "tier", "description") values (?, ?, ?, ?) on conflict ("name") do update set "team" = ?, "tier" = ?, "description" = ?;
update "incident_metric_summaries" set "stale" = "stale" + ? where "has_postmortem" = ?;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- settings.set
select "value" from "settings" where "key" = ?;
insert into "settings" ("key", "value") values (?, ?) on conflict ("key") do update set "value" = ?;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- webhookDeliveries.insert
insert into "webhook_deliveries" ("id", "source", "delivery_key", "received_at", "sha256", "bytes", "outcome", "incident_key", "group_key", "service", "reason", "evidence_id", "entries_added", "duplicates_skipped") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- webhookDeliveries.get
select * from "webhook_deliveries" where "id" = ?;

-- webhookDeliveries.findByKey
select * from "webhook_deliveries" where "source" = ? and "delivery_key" = ?;

-- webhookDeliveries.latestForGroup
select * from "webhook_deliveries" where "source" = ? and "group_key" = ? and "incident_key" is not null order by "received_at" desc, "id" desc limit ?;

-- webhookDeliveries.incidentsForService
select "incident_key", "received_at", "id" from "webhook_deliveries" where "service" = ? and "incident_key" is not null and "received_at" >= ? order by "received_at" desc, "id" desc limit ?;

-- webhookDeliveries.list
select * from "webhook_deliveries" where "outcome" = ? order by "received_at" desc, "id" desc limit ?;

-- metrics.readSummaryTotals
select 1 as one from incident_metric_summaries s
    where s.visibility = 'restricted' and s.linked = 1 and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) limit 1;
select count(*) as incidents, count("s"."mttr_ms") as "mttr_n", sum("s"."mttr_ms") as "mttr_sum", count("s"."mttm_ms") as "mttm_n", sum("s"."mttm_ms") as "mttm_sum", count("s"."mttd_ms") as "mttd_n", sum("s"."mttd_ms") as "mttd_sum", count("s"."mtta_ms") as "mtta_n", sum("s"."mtta_ms") as "mtta_sum", count("s"."lag_ms") as "postmortemLag_n", sum("s"."lag_ms") as "postmortemLag_sum",
      sum(case when s.service_count = 0 then 1 else 0 end) as without_service,
      min(s.impact_started_at) as first_start, max(s.impact_started_at) as last_start,
      sum(case when s.impact_started_at <= ? then 1 else 0 end) as judged,
      sum(case when s.impact_started_at <= ? and s.recurred = 1
        then 1 else 0 end) as recurred_judged,
      sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end) as checklist_passed,
      sum(case when s.checklist_total > 0 then s.checklist_total else 0 end) as checklist_total,
      sum(case when s.checklist_total > 0 then 1 else 0 end) as checklist_incidents,
      count(s.covered) as coverage_n, sum(s.covered) as covered,
      sum(s.log_trace_entries) as log_trace, sum(s.trace_id_entries) as trace_ids
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?);

    select case when "s"."mttr_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and coalesce("s"."mttr_ms", -1) >= 0
    group by 1;

    select case when "s"."mttm_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and coalesce("s"."mttm_ms", -1) >= 0
    group by 1;

    select case when "s"."mttd_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and coalesce("s"."mttd_ms", -1) >= 0
    group by 1;

    select case when "s"."mtta_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and coalesce("s"."mtta_ms", -1) >= 0
    group by 1;

    select case when "s"."lag_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and coalesce("s"."lag_ms", -1) >= 0
    group by 1;

    select substr(s.impact_started_at, 1, 10) as day, count(*) as n
    from incident_metric_summaries s
    where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and coalesce(s.impact_started_at, '') <> ''
    group by 1;
select i.service, count(distinct i.incident_key) as n
        from incident_services i where i.incident_key in
          (select s.incident_key from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?))
        group by i.service;
select a.priority,
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end) as excluded,
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and (a.status in ('done', 'verified') or a.due_date < ?) then 1 else 0 end) as due,
      sum(case when a.due_date is not null and a.status in ('done', 'verified')
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end) as closed_on_time
    from action_items a where a.incident_key in (select s.incident_key from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?)) group by a.priority;

-- metrics.readSummaryTotals (roll-up: part days at both ends, a restricted reader)
select sum("r"."incidents") as "incidents", sum("r"."recurred") as "recurred", sum("r"."without_service") as "without_service", sum("r"."checklist_passed") as "checklist_passed", sum("r"."checklist_total") as "checklist_total", sum("r"."checklist_incidents") as "checklist_incidents", sum("r"."coverage_n") as "coverage_n", sum("r"."covered") as "covered", sum("r"."log_trace") as "log_trace", sum("r"."trace_ids") as "trace_ids", sum("r"."mttr_n") as "mttr_n", sum("r"."mttr_sum") as "mttr_sum", sum("r"."mttr_b0") as "mttr_b0", sum("r"."mttr_b1") as "mttr_b1", sum("r"."mttr_b2") as "mttr_b2", sum("r"."mttr_b3") as "mttr_b3", sum("r"."mttr_b4") as "mttr_b4", sum("r"."mttr_b5") as "mttr_b5", sum("r"."mttr_b6") as "mttr_b6", sum("r"."mttr_b7") as "mttr_b7", sum("r"."mttr_b8") as "mttr_b8", sum("r"."mttr_b9") as "mttr_b9", sum("r"."mttr_b10") as "mttr_b10", sum("r"."mttm_n") as "mttm_n", sum("r"."mttm_sum") as "mttm_sum", sum("r"."mttm_b0") as "mttm_b0", sum("r"."mttm_b1") as "mttm_b1", sum("r"."mttm_b2") as "mttm_b2", sum("r"."mttm_b3") as "mttm_b3", sum("r"."mttm_b4") as "mttm_b4", sum("r"."mttm_b5") as "mttm_b5", sum("r"."mttm_b6") as "mttm_b6", sum("r"."mttm_b7") as "mttm_b7", sum("r"."mttm_b8") as "mttm_b8", sum("r"."mttm_b9") as "mttm_b9", sum("r"."mttm_b10") as "mttm_b10", sum("r"."mttd_n") as "mttd_n", sum("r"."mttd_sum") as "mttd_sum", sum("r"."mttd_b0") as "mttd_b0", sum("r"."mttd_b1") as "mttd_b1", sum("r"."mttd_b2") as "mttd_b2", sum("r"."mttd_b3") as "mttd_b3", sum("r"."mttd_b4") as "mttd_b4", sum("r"."mttd_b5") as "mttd_b5", sum("r"."mttd_b6") as "mttd_b6", sum("r"."mttd_b7") as "mttd_b7", sum("r"."mttd_b8") as "mttd_b8", sum("r"."mttd_b9") as "mttd_b9", sum("r"."mttd_b10") as "mttd_b10", sum("r"."mtta_n") as "mtta_n", sum("r"."mtta_sum") as "mtta_sum", sum("r"."mtta_b0") as "mtta_b0", sum("r"."mtta_b1") as "mtta_b1", sum("r"."mtta_b2") as "mtta_b2", sum("r"."mtta_b3") as "mtta_b3", sum("r"."mtta_b4") as "mtta_b4", sum("r"."mtta_b5") as "mtta_b5", sum("r"."mtta_b6") as "mtta_b6", sum("r"."mtta_b7") as "mtta_b7", sum("r"."mtta_b8") as "mtta_b8", sum("r"."mtta_b9") as "mtta_b9", sum("r"."mtta_b10") as "mtta_b10", sum("r"."lag_n") as "lag_n", sum("r"."lag_sum") as "lag_sum", sum("r"."lag_b0") as "lag_b0", sum("r"."lag_b1") as "lag_b1", sum("r"."lag_b2") as "lag_b2", sum("r"."lag_b3") as "lag_b3", sum("r"."lag_b4") as "lag_b4", sum("r"."lag_b5") as "lag_b5", sum("r"."lag_b6") as "lag_b6", sum("r"."lag_b7") as "lag_b7", sum("r"."lag_b8") as "lag_b8", sum("r"."lag_b9") as "lag_b9", sum("r"."lag_b10") as "lag_b10",
      sum(case when r.day <> '' and r.day < ? then r.incidents else 0 end) as judged,
      sum(case when r.day <> '' and r.day < ? then r.recurred else 0 end)
        as recurred_judged
    from incident_metric_rollups r where r.day >= ? and r.day <> '' and r.day < ?;

    select r.day, sum(r.incidents) as n from incident_metric_rollups r
    where r.day >= ? and r.day <> '' and r.day < ? and r.day <> '' group by r.day
    having sum(r.incidents) <> 0;

    select count(*) as n, sum(s.recurred) as recurred
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.impact_started_at >= ? and s.impact_started_at <= ?;
select count(*) as incidents, count("s"."mttr_ms") as "mttr_n", sum("s"."mttr_ms") as "mttr_sum", count("s"."mttm_ms") as "mttm_n", sum("s"."mttm_ms") as "mttm_sum", count("s"."mttd_ms") as "mttd_n", sum("s"."mttd_ms") as "mttd_sum", count("s"."mtta_ms") as "mtta_n", sum("s"."mtta_ms") as "mtta_sum", count("s"."lag_ms") as "postmortemLag_n", sum("s"."lag_ms") as "postmortemLag_sum",
      sum(case when s.service_count = 0 then 1 else 0 end) as without_service,
      min(s.impact_started_at) as first_start, max(s.impact_started_at) as last_start,
      sum(case when s.impact_started_at <= ? then 1 else 0 end) as judged,
      sum(case when s.impact_started_at <= ? and s.recurred = 1
        then 1 else 0 end) as recurred_judged,
      sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end) as checklist_passed,
      sum(case when s.checklist_total > 0 then s.checklist_total else 0 end) as checklist_total,
      sum(case when s.checklist_total > 0 then 1 else 0 end) as checklist_incidents,
      count(s.covered) as coverage_n, sum(s.covered) as covered,
      sum(s.log_trace_entries) as log_trace, sum(s.trace_id_entries) as trace_ids
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?)));

    select case when "s"."mttr_ms" < 300000 then 0 when "s"."mttr_ms" < 900000 then 1 when "s"."mttr_ms" < 1800000 then 2 when "s"."mttr_ms" < 3600000 then 3 when "s"."mttr_ms" < 7200000 then 4 when "s"."mttr_ms" < 14400000 then 5 when "s"."mttr_ms" < 28800000 then 6 when "s"."mttr_ms" < 86400000 then 7 when "s"."mttr_ms" < 259200000 then 8 when "s"."mttr_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and coalesce("s"."mttr_ms", -1) >= 0
    group by 1;

    select case when "s"."mttm_ms" < 300000 then 0 when "s"."mttm_ms" < 900000 then 1 when "s"."mttm_ms" < 1800000 then 2 when "s"."mttm_ms" < 3600000 then 3 when "s"."mttm_ms" < 7200000 then 4 when "s"."mttm_ms" < 14400000 then 5 when "s"."mttm_ms" < 28800000 then 6 when "s"."mttm_ms" < 86400000 then 7 when "s"."mttm_ms" < 259200000 then 8 when "s"."mttm_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and coalesce("s"."mttm_ms", -1) >= 0
    group by 1;

    select case when "s"."mttd_ms" < 300000 then 0 when "s"."mttd_ms" < 900000 then 1 when "s"."mttd_ms" < 1800000 then 2 when "s"."mttd_ms" < 3600000 then 3 when "s"."mttd_ms" < 7200000 then 4 when "s"."mttd_ms" < 14400000 then 5 when "s"."mttd_ms" < 28800000 then 6 when "s"."mttd_ms" < 86400000 then 7 when "s"."mttd_ms" < 259200000 then 8 when "s"."mttd_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and coalesce("s"."mttd_ms", -1) >= 0
    group by 1;

    select case when "s"."mtta_ms" < 300000 then 0 when "s"."mtta_ms" < 900000 then 1 when "s"."mtta_ms" < 1800000 then 2 when "s"."mtta_ms" < 3600000 then 3 when "s"."mtta_ms" < 7200000 then 4 when "s"."mtta_ms" < 14400000 then 5 when "s"."mtta_ms" < 28800000 then 6 when "s"."mtta_ms" < 86400000 then 7 when "s"."mtta_ms" < 259200000 then 8 when "s"."mtta_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and coalesce("s"."mtta_ms", -1) >= 0
    group by 1;

    select case when "s"."lag_ms" < 300000 then 0 when "s"."lag_ms" < 900000 then 1 when "s"."lag_ms" < 1800000 then 2 when "s"."lag_ms" < 3600000 then 3 when "s"."lag_ms" < 7200000 then 4 when "s"."lag_ms" < 14400000 then 5 when "s"."lag_ms" < 28800000 then 6 when "s"."lag_ms" < 86400000 then 7 when "s"."lag_ms" < 259200000 then 8 when "s"."lag_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and coalesce("s"."lag_ms", -1) >= 0
    group by 1;

    select substr(s.impact_started_at, 1, 10) as day, count(*) as n
    from incident_metric_summaries s
    where s.impact_started_at >= ? and s.impact_started_at < ? and s.visibility = 'restricted' and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and coalesce(s.impact_started_at, '') <> ''
    group by 1;
select count(*) as incidents, count("s"."mttr_ms") as "mttr_n", sum("s"."mttr_ms") as "mttr_sum", count("s"."mttm_ms") as "mttm_n", sum("s"."mttm_ms") as "mttm_sum", count("s"."mttd_ms") as "mttd_n", sum("s"."mttd_ms") as "mttd_sum", count("s"."mtta_ms") as "mtta_n", sum("s"."mtta_ms") as "mtta_sum", count("s"."lag_ms") as "postmortemLag_n", sum("s"."lag_ms") as "postmortemLag_sum",
      sum(case when s.service_count = 0 then 1 else 0 end) as without_service,
      min(s.impact_started_at) as first_start, max(s.impact_started_at) as last_start,
      sum(case when s.impact_started_at <= ? then 1 else 0 end) as judged,
      sum(case when s.impact_started_at <= ? and s.recurred = 1
        then 1 else 0 end) as recurred_judged,
      sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end) as checklist_passed,
      sum(case when s.checklist_total > 0 then s.checklist_total else 0 end) as checklist_total,
      sum(case when s.checklist_total > 0 then 1 else 0 end) as checklist_incidents,
      count(s.covered) as coverage_n, sum(s.covered) as covered,
      sum(s.log_trace_entries) as log_trace, sum(s.trace_id_entries) as trace_ids
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?));

    select case when "s"."mttr_ms" < 300000 then 0 when "s"."mttr_ms" < 900000 then 1 when "s"."mttr_ms" < 1800000 then 2 when "s"."mttr_ms" < 3600000 then 3 when "s"."mttr_ms" < 7200000 then 4 when "s"."mttr_ms" < 14400000 then 5 when "s"."mttr_ms" < 28800000 then 6 when "s"."mttr_ms" < 86400000 then 7 when "s"."mttr_ms" < 259200000 then 8 when "s"."mttr_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?)) and coalesce("s"."mttr_ms", -1) >= 0
    group by 1;

    select case when "s"."mttm_ms" < 300000 then 0 when "s"."mttm_ms" < 900000 then 1 when "s"."mttm_ms" < 1800000 then 2 when "s"."mttm_ms" < 3600000 then 3 when "s"."mttm_ms" < 7200000 then 4 when "s"."mttm_ms" < 14400000 then 5 when "s"."mttm_ms" < 28800000 then 6 when "s"."mttm_ms" < 86400000 then 7 when "s"."mttm_ms" < 259200000 then 8 when "s"."mttm_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?)) and coalesce("s"."mttm_ms", -1) >= 0
    group by 1;

    select case when "s"."mttd_ms" < 300000 then 0 when "s"."mttd_ms" < 900000 then 1 when "s"."mttd_ms" < 1800000 then 2 when "s"."mttd_ms" < 3600000 then 3 when "s"."mttd_ms" < 7200000 then 4 when "s"."mttd_ms" < 14400000 then 5 when "s"."mttd_ms" < 28800000 then 6 when "s"."mttd_ms" < 86400000 then 7 when "s"."mttd_ms" < 259200000 then 8 when "s"."mttd_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?)) and coalesce("s"."mttd_ms", -1) >= 0
    group by 1;

    select case when "s"."mtta_ms" < 300000 then 0 when "s"."mtta_ms" < 900000 then 1 when "s"."mtta_ms" < 1800000 then 2 when "s"."mtta_ms" < 3600000 then 3 when "s"."mtta_ms" < 7200000 then 4 when "s"."mtta_ms" < 14400000 then 5 when "s"."mtta_ms" < 28800000 then 6 when "s"."mtta_ms" < 86400000 then 7 when "s"."mtta_ms" < 259200000 then 8 when "s"."mtta_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?)) and coalesce("s"."mtta_ms", -1) >= 0
    group by 1;

    select case when "s"."lag_ms" < 300000 then 0 when "s"."lag_ms" < 900000 then 1 when "s"."lag_ms" < 1800000 then 2 when "s"."lag_ms" < 3600000 then 3 when "s"."lag_ms" < 7200000 then 4 when "s"."lag_ms" < 14400000 then 5 when "s"."lag_ms" < 28800000 then 6 when "s"."lag_ms" < 86400000 then 7 when "s"."lag_ms" < 259200000 then 8 when "s"."lag_ms" < 604800000 then 9 else 10 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?)) and coalesce("s"."lag_ms", -1) >= 0
    group by 1;

    select substr(s.impact_started_at, 1, 10) as day, count(*) as n
    from incident_metric_summaries s
    where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and ((s.impact_started_at >= ?
        and s.impact_started_at < ?) or (s.impact_started_at >= ?
        and s.impact_started_at < ?)) and coalesce(s.impact_started_at, '') <> ''
    group by 1;
select s.impact_started_at as at
    from incident_metric_summaries s
    where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and s.impact_started_at is not null
    order by s.impact_started_at asc limit 1;
select s.impact_started_at as at
    from incident_metric_summaries s
    where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ? and s.impact_started_at is not null
    order by s.impact_started_at desc limit 1;
select i.service, count(distinct i.incident_key) as n
        from incident_services i where i.incident_key in
          (select s.incident_key from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ?)
        group by i.service;
select a.priority,
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end) as excluded,
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and (a.status in ('done', 'verified') or a.due_date < ?) then 1 else 0 end) as due,
      sum(case when a.due_date is not null and a.status in ('done', 'verified')
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end) as closed_on_time
    from action_items a where a.incident_key in (select s.incident_key from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and s.impact_started_at >= ? and s.impact_started_at < ?) group by a.priority;
select 1 as one from incident_metric_summaries s
    where s.visibility = 'restricted' and s.linked = 1 and not ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) limit 1;

-- metrics.readSummaryTotals (roll-up, everything)
select sum("r"."incidents") as "incidents", sum("r"."recurred") as "recurred", sum("r"."without_service") as "without_service", sum("r"."checklist_passed") as "checklist_passed", sum("r"."checklist_total") as "checklist_total", sum("r"."checklist_incidents") as "checklist_incidents", sum("r"."coverage_n") as "coverage_n", sum("r"."covered") as "covered", sum("r"."log_trace") as "log_trace", sum("r"."trace_ids") as "trace_ids", sum("r"."mttr_n") as "mttr_n", sum("r"."mttr_sum") as "mttr_sum", sum("r"."mttr_b0") as "mttr_b0", sum("r"."mttr_b1") as "mttr_b1", sum("r"."mttr_b2") as "mttr_b2", sum("r"."mttr_b3") as "mttr_b3", sum("r"."mttr_b4") as "mttr_b4", sum("r"."mttr_b5") as "mttr_b5", sum("r"."mttr_b6") as "mttr_b6", sum("r"."mttr_b7") as "mttr_b7", sum("r"."mttr_b8") as "mttr_b8", sum("r"."mttr_b9") as "mttr_b9", sum("r"."mttr_b10") as "mttr_b10", sum("r"."mttm_n") as "mttm_n", sum("r"."mttm_sum") as "mttm_sum", sum("r"."mttm_b0") as "mttm_b0", sum("r"."mttm_b1") as "mttm_b1", sum("r"."mttm_b2") as "mttm_b2", sum("r"."mttm_b3") as "mttm_b3", sum("r"."mttm_b4") as "mttm_b4", sum("r"."mttm_b5") as "mttm_b5", sum("r"."mttm_b6") as "mttm_b6", sum("r"."mttm_b7") as "mttm_b7", sum("r"."mttm_b8") as "mttm_b8", sum("r"."mttm_b9") as "mttm_b9", sum("r"."mttm_b10") as "mttm_b10", sum("r"."mttd_n") as "mttd_n", sum("r"."mttd_sum") as "mttd_sum", sum("r"."mttd_b0") as "mttd_b0", sum("r"."mttd_b1") as "mttd_b1", sum("r"."mttd_b2") as "mttd_b2", sum("r"."mttd_b3") as "mttd_b3", sum("r"."mttd_b4") as "mttd_b4", sum("r"."mttd_b5") as "mttd_b5", sum("r"."mttd_b6") as "mttd_b6", sum("r"."mttd_b7") as "mttd_b7", sum("r"."mttd_b8") as "mttd_b8", sum("r"."mttd_b9") as "mttd_b9", sum("r"."mttd_b10") as "mttd_b10", sum("r"."mtta_n") as "mtta_n", sum("r"."mtta_sum") as "mtta_sum", sum("r"."mtta_b0") as "mtta_b0", sum("r"."mtta_b1") as "mtta_b1", sum("r"."mtta_b2") as "mtta_b2", sum("r"."mtta_b3") as "mtta_b3", sum("r"."mtta_b4") as "mtta_b4", sum("r"."mtta_b5") as "mtta_b5", sum("r"."mtta_b6") as "mtta_b6", sum("r"."mtta_b7") as "mtta_b7", sum("r"."mtta_b8") as "mtta_b8", sum("r"."mtta_b9") as "mtta_b9", sum("r"."mtta_b10") as "mtta_b10", sum("r"."lag_n") as "lag_n", sum("r"."lag_sum") as "lag_sum", sum("r"."lag_b0") as "lag_b0", sum("r"."lag_b1") as "lag_b1", sum("r"."lag_b2") as "lag_b2", sum("r"."lag_b3") as "lag_b3", sum("r"."lag_b4") as "lag_b4", sum("r"."lag_b5") as "lag_b5", sum("r"."lag_b6") as "lag_b6", sum("r"."lag_b7") as "lag_b7", sum("r"."lag_b8") as "lag_b8", sum("r"."lag_b9") as "lag_b9", sum("r"."lag_b10") as "lag_b10",
      sum(case when r.day <> '' and r.day < ? then r.incidents else 0 end) as judged,
      sum(case when r.day <> '' and r.day < ? then r.recurred else 0 end)
        as recurred_judged
    from incident_metric_rollups r where 1 = 1;

    select r.day, sum(r.incidents) as n from incident_metric_rollups r
    where r.day <> '' group by r.day
    having sum(r.incidents) <> 0;

    select count(*) as n, sum(s.recurred) as recurred
    from incident_metric_summaries s where s.impact_started_at >= ? and s.impact_started_at <= ?;
select s.impact_started_at as at
    from incident_metric_summaries s
    where s.impact_started_at is not null
    order by s.impact_started_at asc limit 1;
select s.impact_started_at as at
    from incident_metric_summaries s
    where s.impact_started_at is not null
    order by s.impact_started_at desc limit 1;
select service, count(distinct incident_key) as n
        from incident_services group by service;
select r.priority, sum(r.excluded) as excluded,
      sum(r.closed) + sum(case when r.due_date <> '' and r.due_date < ? then r.open else 0 end) as due,
      sum(r.on_time) as on_time
    from incident_metric_action_rollups r group by r.priority;

-- metrics.readDurationsAtRanks
select "s"."mttr_ms" as d
      from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttr_ms" is not null and "s"."mttr_ms" >= 0 and "s"."mttr_ms" < 300000
      order by "s"."mttr_ms" asc
      limit 2 offset 0;
select "s"."mttr_ms" as d
      from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttr_ms" is not null and "s"."mttr_ms" >= 300000
      order by "s"."mttr_ms" desc
      limit 1 offset 0;

-- metrics.listStaleSummaries
select "incident_key", "stale", "format_count", "mttr_ms", "has_postmortem" from "incident_metric_summaries" where "stale" > ? order by "incident_key" limit ?;

-- metrics.listRecurrenceMembers
select "incident_key" as "key", "recurrence_of", "created_at", "impact_started_at", "visibility", "severity", "type" from "incident_metric_summaries" where "linked" = ?;

-- actionVerifications.save
insert into "action_verifications" ("action_id", "criteria", "state", "since", "checked_at", "detail", "evidence", "sign_off", "updated_at") values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("action_id") do update set "criteria" = ?, "state" = ?, "since" = ?, "checked_at" = ?, "detail" = ?, "evidence" = ?, "sign_off" = ?, "updated_at" = ?;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- actionVerifications.get
select * from "action_verifications" where "action_id" = ?;

-- actionVerifications.listByActionStatus
select "action_items".*, "v"."action_id", "v"."criteria", "v"."state", "v"."since", "v"."checked_at", "v"."detail", "v"."evidence", "v"."sign_off", "v"."updated_at" as "verification_updated_at" from "action_verifications" as "v" inner join "action_items" on "action_items"."id" = "v"."action_id" where "action_items"."status" in (?, ?) order by "action_items"."id";

-- actionVerifications.findAlertFirings
select "e"."id", "e"."incident_key", "e"."at", "e"."title", "e"."body", "k"."dedupe_key" from "timeline_dedupe_keys" as "k" inner join "timeline_entries" as "e" on "e"."id" = "k"."entry_id" where "e"."kind" = ? and "e"."at" > ? and "e"."at" <= ? and "k"."dedupe_key" like ? escape '\' order by "e"."at", "e"."id";

-- actionVerifications.findLogBursts
select "id", "incident_key", "at", "title", "body" from "timeline_entries" where "kind" = ? and "at" > ? and "at" <= ? and "body" like ? escape '\' order by "at", "id";

-- actionVerifications.findDeploys
select "id", "incident_key", "at", "title", "body" from "timeline_entries" where "kind" in (?, ?) and "at" > ? and (lower("title") like ? escape '\' or lower("body") like ? escape '\') order by "at", "id" limit ?;
