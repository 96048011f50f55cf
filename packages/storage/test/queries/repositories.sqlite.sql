-- incidents.nextNumber
update "counters" set "value" = "value" + ? where "name" = ? returning "value";

-- incidents.insert
insert into "incidents" ("key", "number", "title", "title_folded", "severity", "status", "type", "commander", "visibility", "impact_description", "users_affected", "requests_affected", "impact_started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at", "closed_at", "milestone_order_override", "recurrence_of", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
delete from "incident_services" where "incident_key" = ?;
delete from "incident_tags" where "incident_key" = ?;
insert into "incident_services" ("incident_key", "service", "position") values (?, ?, ?);
insert into "incident_tags" ("incident_key", "tag", "position") values (?, ?, ?);
update "counters" set "value" = ? where "name" = ? and "value" < ?;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- incidents.get
select * from "incidents" where "key" = ?;
select "incident_key", "service" from "incident_services" where "incident_key" in (?) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in (?) order by "incident_key", "position";

-- incidents.list (every filter)
select count(*) as "total" from "incidents" where ("status" in (?) and "severity" in (?, ?) and "key" in (select "incident_key" from "incident_services" where "service" = ?) and "key" in (select "incident_key" from "incident_tags" where "tag" = ?) and ("title_folded" like ? escape '\' or lower("key") like ? escape '\'));
select * from "incidents" where ("status" in (?) and "severity" in (?, ?) and "key" in (select "incident_key" from "incident_services" where "service" = ?) and "key" in (select "incident_key" from "incident_tags" where "tag" = ?) and ("title_folded" like ? escape '\' or lower("key") like ? escape '\')) order by "number" desc limit ? offset ?;
select "incident_key", "service" from "incident_services" where "incident_key" in (?) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in (?) order by "incident_key", "position";

-- incidents.update
select * from "incidents" where "key" = ?;
select "incident_key", "service" from "incident_services" where "incident_key" in (?) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in (?) order by "incident_key", "position";
update "incidents" set "title" = ?, "title_folded" = ?, "severity" = ?, "status" = ?, "type" = ?, "commander" = ?, "visibility" = ?, "impact_description" = ?, "users_affected" = ?, "requests_affected" = ?, "impact_started_at" = ?, "detected_at" = ?, "acknowledged_at" = ?, "mitigated_at" = ?, "resolved_at" = ?, "closed_at" = ?, "milestone_order_override" = ?, "recurrence_of" = ?, "updated_at" = ?, "version" = ? where "key" = ? and "version" = ?;
delete from "incident_services" where "incident_key" = ?;
delete from "incident_tags" where "incident_key" = ?;
insert into "incident_services" ("incident_key", "service", "position") values (?, ?, ?);
insert into "incident_tags" ("incident_key", "tag", "position") values (?, ?, ?);
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.insert
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.listByIncident
select * from "timeline_entries" where "incident_key" = ? order by "at", "id";

-- timeline.insertMany
insert into "timeline_dedupe_keys" ("incident_key", "dedupe_key", "entry_id") values (?, ?, ?) on conflict ("incident_key", "dedupe_key") do nothing returning "entry_id";
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.update
select * from "timeline_entries" where "id" = ?;
update "timeline_entries" set "at" = ?, "precision" = ?, "zone_assumed" = ?, "kind" = ?, "title" = ?, "body" = ?, "source" = ?, "service" = ?, "evidence_id" = ?, "evidence_line" = ?, "evidence_byte_offset" = ?, "evidence_json_pointer" = ?, "author" = ?, "pinned" = ?, "version" = ? where "id" = ? and "version" = ?;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- timeline.delete (stale)
select * from "timeline_entries" where "id" = ?;
delete from "timeline_entries" where "id" = ? and "version" = ?;
select "version" from "timeline_entries" where "id" = ?;

-- evidence.insert
insert into "evidence" ("id", "incident_key", "format", "channel", "name", "sha256", "bytes", "received_at", "records", "entries_added", "duplicates_skipped", "problems") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
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
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- postmortems.get
select * from "postmortems" where "incident_key" = ?;
select "name", "body" from "postmortem_sections" where "incident_key" = ?;

-- postmortems.update
update "postmortems" set "owner" = ?, "status" = ?, "template" = ?, "rca" = ?, "updated_at" = ?, "version" = ? where "incident_key" = ? and "version" = ?;
insert into "postmortem_sections" ("incident_key", "name", "body") values (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?) on conflict ("incident_key", "name") do update set "body" = "excluded"."body";
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- postmortems.listAnalyses
select "incident_key", "rca" from "postmortems" order by "incident_key";

-- actions.insert
insert into "action_items" ("id", "incident_key", "title", "type", "priority", "owner", "due_date", "status", "verification_criteria", "rationale", "links", "created_at", "updated_at", "version") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing;
select "seq", "hash" from "audit_log" order by "seq" desc limit ?;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- actions.listByIncident
select * from "action_items" where "incident_key" = ? order by "id";

-- services.upsert
select * from "services" where "name" = ?;
insert into "services" ("name", "team", "tier", "description") values (?, ?, ?, ?) on conflict ("name") do update set "team" = ?, "tier" = ?, "description" = ?;
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

-- metrics.readIncidentPage
select * from "incidents" where "number" > ? order by "number" limit ?;
select "incident_key", "service" from "incident_services" where "incident_key" in (?) order by "incident_key", "position";
select "incident_key" from "postmortems" where "incident_key" in (?);
select "incident_key", "priority", sum(case when due_date is null or status = 'wont_do' then 1 else 0 end) as "excluded", sum(case when due_date is not null and status <> 'wont_do'
        and (status in ('done', 'verified') or due_date < ?) then 1 else 0 end) as "due", sum(case when due_date is not null and status in ('done', 'verified')
        and substr(updated_at, 1, 10) <= due_date then 1 else 0 end) as "closed_on_time" from "action_items" where "incident_key" in (?) group by "incident_key", "priority";
select distinct "incident_key", "format" from "evidence" where "incident_key" in (?);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and (? || replace(replace(replace(body, ?, ?), ?, ?), ?, ?) || ?) glob ?) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in (?) and (case when kind in ('log', 'trace') then 1 else 0 end) = 1 group by "incident_key";
select "incident_key", "tag" from "incident_tags" where "incident_key" in (?) order by "incident_key", "position";

-- metrics.listRecurrenceMembers
select * from "incidents" where ("recurrence_of" is not null or "key" in (select "linked"."recurrence_of" from "incidents" as "linked" where "linked"."recurrence_of" is not null)) order by "number";

-- metrics.listTimelines
select * from "timeline_entries" where "incident_key" in (?, ?) order by "incident_key", "at", "id";

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
