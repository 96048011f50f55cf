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
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select * from "incidents" where "key" in (?);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in (?) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in (?) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = ?;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in (?);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in (?);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
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
select count(*) as incidents, count("s"."mttr_ms") as "mttr_n", sum("s"."mttr_ms") as "mttr_sum", count("s"."mttm_ms") as "mttm_n", sum("s"."mttm_ms") as "mttm_sum", count("s"."mttd_ms") as "mttd_n", sum("s"."mttd_ms") as "mttd_sum", count("s"."mtta_ms") as "mtta_n", sum("s"."mtta_ms") as "mtta_sum", count("s"."lag_ms") as "postmortemLag_n", sum("s"."lag_ms") as "postmortemLag_sum",
      sum(case when s.service_count = 0 then 1 else 0 end) as without_service,
      min(s.impact_started_at) as first_start, max(s.impact_started_at) as last_start,
      sum(case when s.impact_started_at <= ? then 1 else 0 end) as judged,
      sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end) as checklist_passed,
      sum(case when s.checklist_total > 0 then s.checklist_total else 0 end) as checklist_total,
      sum(case when s.checklist_total > 0 then 1 else 0 end) as checklist_incidents,
      count(s.covered) as coverage_n, sum(s.covered) as covered,
      sum(s.log_trace_entries) as log_trace, sum(s.trace_id_entries) as trace_ids
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?);

    select case when "s"."mttr_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttr_ms" is not null
    group by 1;

    select case when "s"."mttm_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttm_ms" is not null
    group by 1;

    select case when "s"."mttd_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttd_ms" is not null
    group by 1;

    select case when "s"."mtta_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mtta_ms" is not null
    group by 1;

    select case when "s"."lag_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."lag_ms" is not null
    group by 1;

    select substr(s.impact_started_at, 1, 10) as day, count(*) as n
    from incident_metric_summaries s
    where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and s.impact_started_at is not null
    group by 1;
select i.service, count(distinct i.incident_key) as n
        from incident_services i join incident_metric_summaries s on s.incident_key = i.incident_key
        where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) group by i.service;
select a.priority,
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end) as excluded,
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and (a.status in ('done', 'verified') or a.due_date < ?) then 1 else 0 end) as due,
      sum(case when a.due_date is not null and a.status in ('done', 'verified')
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end) as closed_on_time
    from action_items a where a.incident_key in (select s.incident_key from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?)) group by a.priority;

-- metrics.readDurationsAtRanks
select "s"."mttr_ms" as d
      from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttr_ms" is not null
      order by "s"."mttr_ms" limit 2 offset 0;
select "s"."mttr_ms" as d
      from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in (?) or "s"."incident_key" in (select incident_key from incident_services where service in (?))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = ?) and "s"."mttr_ms" is not null
      order by "s"."mttr_ms" limit 1 offset 4;

-- metrics.listStaleSummaries
select "incident_key", "stale", "format_count", "mttr_ms", "has_postmortem" from "incident_metric_summaries" where "stale" > ? order by "incident_key" limit ?;

-- metrics.listRecurrenceMembers
select * from "incidents" where ("recurrence_of" is not null or "key" in (select "linked"."recurrence_of" from "incidents" as "linked" where "linked"."recurrence_of" is not null)) order by "number";

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
