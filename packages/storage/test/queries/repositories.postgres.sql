-- incidents.nextNumber
update "counters" set "value" = "value" + $1 where "name" = $2 returning "value";

-- incidents.insert
insert into "incidents" ("key", "number", "title", "title_folded", "severity", "status", "type", "commander", "visibility", "impact_description", "users_affected", "requests_affected", "impact_started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at", "closed_at", "milestone_order_override", "recurrence_of", "created_at", "updated_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23) on conflict do nothing;
delete from "incident_services" where "incident_key" = $1;
delete from "incident_tags" where "incident_key" = $1;
insert into "incident_services" ("incident_key", "service", "position") values ($1, $2, $3);
insert into "incident_tags" ("incident_key", "tag", "position") values ($1, $2, $3);
update "counters" set "value" = $1 where "name" = $2 and "value" < $3;
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- incidents.get
select "incidents".*, (select coalesce(json_agg("service" order by "position")::text, '[]') from "incident_services" where "incident_services"."incident_key" = "incidents"."key") as "services_json", (select coalesce(json_agg("tag" order by "position")::text, '[]') from "incident_tags" where "incident_tags"."incident_key" = "incidents"."key") as "tags_json" from "incidents" where "key" = $1;

-- incidents.list (every filter)
select count(*) as "total" from "incidents" where ("status" in ($1) and "severity" in ($2, $3) and "key" in (select "incident_key" from "incident_services" where "service" = $4) and "key" in (select "incident_key" from "incident_tags" where "tag" = $5) and ("title_folded" like $6 escape '\' or lower("key") like $7 escape '\'));
select * from "incidents" where ("status" in ($1) and "severity" in ($2, $3) and "key" in (select "incident_key" from "incident_services" where "service" = $4) and "key" in (select "incident_key" from "incident_tags" where "tag" = $5) and ("title_folded" like $6 escape '\' or lower("key") like $7 escape '\')) order by "number" desc limit $8 offset $9;
select "incident_key", "service" from "incident_services" where "incident_key" in ($1) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in ($1) order by "incident_key", "position";

-- incidents.update
update "incidents" set "title" = $1, "title_folded" = $2, "severity" = $3, "status" = $4, "type" = $5, "commander" = $6, "visibility" = $7, "impact_description" = $8, "users_affected" = $9, "requests_affected" = $10, "impact_started_at" = $11, "detected_at" = $12, "acknowledged_at" = $13, "mitigated_at" = $14, "resolved_at" = $15, "closed_at" = $16, "milestone_order_override" = $17, "recurrence_of" = $18, "updated_at" = $19, "version" = $20 where "key" = $21 and "version" = $22;
delete from "incident_services" where "incident_key" = $1;
delete from "incident_tags" where "incident_key" = $1;
insert into "incident_services" ("incident_key", "service", "position") values ($1, $2, $3);
insert into "incident_tags" ("incident_key", "tag", "position") values ($1, $2, $3);
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.insert
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) on conflict do nothing;
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.listByIncident
select * from "timeline_entries" where "incident_key" = $1 order by "at", "id";

-- timeline.insertMany
insert into "timeline_dedupe_keys" ("incident_key", "dedupe_key", "entry_id") values ($1, $2, $3) on conflict ("incident_key", "dedupe_key") do nothing returning "entry_id";
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18), ($19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36);
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.update
select * from "timeline_entries" where "id" = $1;
update "timeline_entries" set "at" = $1, "precision" = $2, "zone_assumed" = $3, "kind" = $4, "title" = $5, "body" = $6, "source" = $7, "service" = $8, "evidence_id" = $9, "evidence_line" = $10, "evidence_byte_offset" = $11, "evidence_json_pointer" = $12, "author" = $13, "pinned" = $14, "version" = $15 where "id" = $16 and "version" = $17;
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.delete (stale)
select * from "timeline_entries" where "id" = $1;
select * from "timeline_entries" where "id" = $1;
delete from "timeline_entries" where "id" = $1 and "version" = $2;
select "version" from "timeline_entries" where "id" = $1;

-- evidence.insert
insert into "evidence" ("id", "incident_key", "format", "channel", "name", "sha256", "bytes", "received_at", "records", "entries_added", "duplicates_skipped", "problems") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) on conflict do nothing;
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- evidence.listByIncident
select * from "evidence" where "incident_key" = $1 order by "received_at", "id";

-- milestoneDecisions.save
insert into "milestone_decisions" ("incident_key", "milestone", "decision", "at", "entry_id", "reason", "decided_by", "decided_at") values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict ("incident_key", "milestone") do update set "decision" = $9, "at" = $10, "entry_id" = $11, "reason" = $12, "decided_by" = $13, "decided_at" = $14;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- milestoneDecisions.listByIncident
select * from "milestone_decisions" where "incident_key" = $1 order by "milestone";

-- postmortems.insert
insert into "postmortems" ("incident_key", "owner", "status", "template", "rca", "created_at", "updated_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing;
insert into "postmortem_sections" ("incident_key", "name", "body") values ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12), ($13, $14, $15), ($16, $17, $18), ($19, $20, $21), ($22, $23, $24), ($25, $26, $27), ($28, $29, $30), ($31, $32, $33) on conflict ("incident_key", "name") do update set "body" = "excluded"."body";
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- postmortems.get
select * from "postmortems" where "incident_key" = $1;
select "name", "body" from "postmortem_sections" where "incident_key" = $1;

-- postmortems.update
update "postmortems" set "owner" = $1, "status" = $2, "template" = $3, "rca" = $4, "updated_at" = $5, "version" = $6 where "incident_key" = $7 and "version" = $8;
insert into "postmortem_sections" ("incident_key", "name", "body") values ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12), ($13, $14, $15), ($16, $17, $18), ($19, $20, $21), ($22, $23, $24), ($25, $26, $27), ($28, $29, $30), ($31, $32, $33) on conflict ("incident_key", "name") do update set "body" = "excluded"."body";
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- postmortems.listAnalyses
select "incident_key", "rca" from "postmortems" order by "incident_key";

-- actions.insert
insert into "action_items" ("id", "incident_key", "title", "type", "priority", "owner", "due_date", "status", "verification_criteria", "rationale", "links", "created_at", "updated_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) on conflict do nothing;
select "incident_key" from "postmortem_links" where "primary_key" in ($1);
select * from "incidents" where "key" in ($1);
select "incident_key", count(*) as "n" from "incident_services" where "incident_key" in ($1) group by "incident_key";
select "incident_key", count(distinct format) as "n" from "evidence" where "incident_key" in ($1) group by "incident_key";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and kind in ('log', 'trace') group by "incident_key";
select "value" from "settings" where "key" = $1;
select "incident_key", "primary_key" from "postmortem_links" where "incident_key" in ($1);
select "incident_key", "covered", "checklist_passed", "checklist_total", "stale" from "incident_metric_summaries" where "incident_key" in ($1);
insert into "incident_metric_summaries" ("incident_key", "number", "visibility", "severity", "type", "impact_started_at", "mttr_ms", "mttm_ms", "mttd_ms", "mtta_ms", "lag_ms", "published_at", "service_count", "has_postmortem", "format_count", "checklist_passed", "checklist_total", "covered", "log_trace_entries", "trace_id_entries", "stale") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) on conflict ("incident_key") do update set "number" = "excluded"."number", "visibility" = "excluded"."visibility", "severity" = "excluded"."severity", "type" = "excluded"."type", "impact_started_at" = "excluded"."impact_started_at", "mttr_ms" = "excluded"."mttr_ms", "mttm_ms" = "excluded"."mttm_ms", "mttd_ms" = "excluded"."mttd_ms", "mtta_ms" = "excluded"."mtta_ms", "lag_ms" = "excluded"."lag_ms", "published_at" = "excluded"."published_at", "service_count" = "excluded"."service_count", "has_postmortem" = "excluded"."has_postmortem", "format_count" = "excluded"."format_count", "checklist_passed" = "excluded"."checklist_passed", "checklist_total" = "excluded"."checklist_total", "covered" = "excluded"."covered", "log_trace_entries" = "excluded"."log_trace_entries", "trace_id_entries" = "excluded"."trace_id_entries", "stale" = "excluded"."stale";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- actions.listByIncident
select * from "action_items" where "incident_key" = $1 order by "id";

-- services.upsert
select * from "services" where "name" = $1;
insert into "services" ("name", "team", "tier", "description") values ($1, $2, $3, $4) on conflict ("name") do update set "team" = $5, "tier" = $6, "description" = $7;
update "incident_metric_summaries" set "stale" = "stale" + $1 where "has_postmortem" = $2;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- settings.set
select "value" from "settings" where "key" = $1;
insert into "settings" ("key", "value") values ($1, $2) on conflict ("key") do update set "value" = $3;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- webhookDeliveries.insert
insert into "webhook_deliveries" ("id", "source", "delivery_key", "received_at", "sha256", "bytes", "outcome", "incident_key", "group_key", "service", "reason", "evidence_id", "entries_added", "duplicates_skipped") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) on conflict do nothing;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- webhookDeliveries.get
select * from "webhook_deliveries" where "id" = $1;

-- webhookDeliveries.findByKey
select * from "webhook_deliveries" where "source" = $1 and "delivery_key" = $2;

-- webhookDeliveries.latestForGroup
select * from "webhook_deliveries" where "source" = $1 and "group_key" = $2 and "incident_key" is not null order by "received_at" desc, "id" desc limit $3;

-- webhookDeliveries.incidentsForService
select "incident_key", "received_at", "id" from "webhook_deliveries" where "service" = $1 and "incident_key" is not null and "received_at" >= $2 order by "received_at" desc, "id" desc limit $3;

-- webhookDeliveries.list
select * from "webhook_deliveries" where "outcome" = $1 order by "received_at" desc, "id" desc limit $2;

-- metrics.readSummaryTotals
select count(*) as incidents, count("s"."mttr_ms") as "mttr_n", sum("s"."mttr_ms") as "mttr_sum", count("s"."mttm_ms") as "mttm_n", sum("s"."mttm_ms") as "mttm_sum", count("s"."mttd_ms") as "mttd_n", sum("s"."mttd_ms") as "mttd_sum", count("s"."mtta_ms") as "mtta_n", sum("s"."mtta_ms") as "mtta_sum", count("s"."lag_ms") as "postmortemLag_n", sum("s"."lag_ms") as "postmortemLag_sum",
      sum(case when s.service_count = 0 then 1 else 0 end) as without_service,
      min(s.impact_started_at) as first_start, max(s.impact_started_at) as last_start,
      sum(case when s.impact_started_at <= $1 then 1 else 0 end) as judged,
      sum(case when s.checklist_total > 0 then s.checklist_passed else 0 end) as checklist_passed,
      sum(case when s.checklist_total > 0 then s.checklist_total else 0 end) as checklist_total,
      sum(case when s.checklist_total > 0 then 1 else 0 end) as checklist_incidents,
      count(s.covered) as coverage_n, sum(s.covered) as covered,
      sum(s.log_trace_entries) as log_trace, sum(s.trace_id_entries) as trace_ids
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($2) or "s"."incident_key" in (select incident_key from incident_services where service in ($3))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $4);

    select case when "s"."mttr_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."mttr_ms" is not null
    group by 1;

    select case when "s"."mttm_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."mttm_ms" is not null
    group by 1;

    select case when "s"."mttd_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."mttd_ms" is not null
    group by 1;

    select case when "s"."mtta_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."mtta_ms" is not null
    group by 1;

    select case when "s"."lag_ms" < 300000 then 0 else 1 end as bucket, count(*) as n
    from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."lag_ms" is not null
    group by 1;

    select substr(s.impact_started_at, 1, 10) as day, count(*) as n
    from incident_metric_summaries s
    where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and s.impact_started_at is not null
    group by 1;
select i.service, count(distinct i.incident_key) as n
        from incident_services i join incident_metric_summaries s on s.incident_key = i.incident_key
        where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) group by i.service;
select a.priority,
      sum(case when a.due_date is null or a.status = 'wont_do' then 1 else 0 end) as excluded,
      sum(case when a.due_date is not null and a.status <> 'wont_do'
        and (a.status in ('done', 'verified') or a.due_date < $1) then 1 else 0 end) as due,
      sum(case when a.due_date is not null and a.status in ('done', 'verified')
        and substr(a.updated_at, 1, 10) <= a.due_date then 1 else 0 end) as closed_on_time
    from action_items a where a.incident_key in (select s.incident_key from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($2) or "s"."incident_key" in (select incident_key from incident_services where service in ($3))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $4)) group by a.priority;

-- metrics.readDurationsAtRanks
select "s"."mttr_ms" as d
      from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."mttr_ms" is not null
      order by "s"."mttr_ms" limit 2 offset 0;
select "s"."mttr_ms" as d
      from incident_metric_summaries s where ("s"."visibility" <> 'restricted' or "s"."incident_key" in ($1) or "s"."incident_key" in (select incident_key from incident_services where service in ($2))) and exists (select 1 from incident_services i
      where i.incident_key = s.incident_key and i.service = $3) and "s"."mttr_ms" is not null
      order by "s"."mttr_ms" limit 1 offset 4;

-- metrics.listStaleSummaries
select "incident_key", "stale", "format_count", "mttr_ms", "has_postmortem" from "incident_metric_summaries" where "stale" > $1 order by "incident_key" limit $2;

-- metrics.listRecurrenceMembers
select * from "incidents" where ("recurrence_of" is not null or "key" in (select "linked"."recurrence_of" from "incidents" as "linked" where "linked"."recurrence_of" is not null)) order by "number";

-- actionVerifications.save
insert into "action_verifications" ("action_id", "criteria", "state", "since", "checked_at", "detail", "evidence", "sign_off", "updated_at") values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict ("action_id") do update set "criteria" = $10, "state" = $11, "since" = $12, "checked_at" = $13, "detail" = $14, "evidence" = $15, "sign_off" = $16, "updated_at" = $17;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- actionVerifications.get
select * from "action_verifications" where "action_id" = $1;

-- actionVerifications.listByActionStatus
select "action_items".*, "v"."action_id", "v"."criteria", "v"."state", "v"."since", "v"."checked_at", "v"."detail", "v"."evidence", "v"."sign_off", "v"."updated_at" as "verification_updated_at" from "action_verifications" as "v" inner join "action_items" on "action_items"."id" = "v"."action_id" where "action_items"."status" in ($1, $2) order by "action_items"."id";

-- actionVerifications.findAlertFirings
select "e"."id", "e"."incident_key", "e"."at", "e"."title", "e"."body", "k"."dedupe_key" from "timeline_dedupe_keys" as "k" inner join "timeline_entries" as "e" on "e"."id" = "k"."entry_id" where "e"."kind" = $1 and "e"."at" > $2 and "e"."at" <= $3 and "k"."dedupe_key" like $4 escape '\' order by "e"."at", "e"."id";

-- actionVerifications.findLogBursts
select "id", "incident_key", "at", "title", "body" from "timeline_entries" where "kind" = $1 and "at" > $2 and "at" <= $3 and "body" like $4 escape '\' order by "at", "id";

-- actionVerifications.findDeploys
select "id", "incident_key", "at", "title", "body" from "timeline_entries" where "kind" in ($1, $2) and "at" > $3 and (lower("title") like $4 escape '\' or lower("body") like $5 escape '\') order by "at", "id" limit $6;
