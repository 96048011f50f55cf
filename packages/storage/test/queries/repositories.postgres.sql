-- incidents.nextNumber
update "counters" set "value" = "value" + $1 where "name" = $2 returning "value";

-- incidents.insert
insert into "incidents" ("key", "number", "title", "title_folded", "severity", "status", "type", "commander", "visibility", "impact_description", "users_affected", "requests_affected", "impact_started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at", "closed_at", "milestone_order_override", "recurrence_of", "created_at", "updated_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23) on conflict do nothing;
delete from "incident_services" where "incident_key" = $1;
delete from "incident_tags" where "incident_key" = $1;
insert into "incident_services" ("incident_key", "service", "position") values ($1, $2, $3);
insert into "incident_tags" ("incident_key", "tag", "position") values ($1, $2, $3);
update "counters" set "value" = $1 where "name" = $2 and "value" < $3;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- incidents.get
select * from "incidents" where "key" = $1;
select "incident_key", "service" from "incident_services" where "incident_key" in ($1) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in ($1) order by "incident_key", "position";

-- incidents.list (every filter)
select count(*) as "total" from "incidents" where ("status" in ($1) and "severity" in ($2, $3) and "key" in (select "incident_key" from "incident_services" where "service" = $4) and "key" in (select "incident_key" from "incident_tags" where "tag" = $5) and ("title_folded" like $6 escape '\' or lower("key") like $7 escape '\'));
select * from "incidents" where ("status" in ($1) and "severity" in ($2, $3) and "key" in (select "incident_key" from "incident_services" where "service" = $4) and "key" in (select "incident_key" from "incident_tags" where "tag" = $5) and ("title_folded" like $6 escape '\' or lower("key") like $7 escape '\')) order by "number" desc limit $8 offset $9;
select "incident_key", "service" from "incident_services" where "incident_key" in ($1) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in ($1) order by "incident_key", "position";

-- incidents.update
select * from "incidents" where "key" = $1;
select "incident_key", "service" from "incident_services" where "incident_key" in ($1) order by "incident_key", "position";
select "incident_key", "tag" from "incident_tags" where "incident_key" in ($1) order by "incident_key", "position";
update "incidents" set "title" = $1, "title_folded" = $2, "severity" = $3, "status" = $4, "type" = $5, "commander" = $6, "visibility" = $7, "impact_description" = $8, "users_affected" = $9, "requests_affected" = $10, "impact_started_at" = $11, "detected_at" = $12, "acknowledged_at" = $13, "mitigated_at" = $14, "resolved_at" = $15, "closed_at" = $16, "milestone_order_override" = $17, "recurrence_of" = $18, "updated_at" = $19, "version" = $20 where "key" = $21 and "version" = $22;
delete from "incident_services" where "incident_key" = $1;
delete from "incident_tags" where "incident_key" = $1;
insert into "incident_services" ("incident_key", "service", "position") values ($1, $2, $3);
insert into "incident_tags" ("incident_key", "tag", "position") values ($1, $2, $3);
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.insert
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) on conflict do nothing;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.listByIncident
select * from "timeline_entries" where "incident_key" = $1 order by "at", "id";

-- timeline.insertMany
insert into "timeline_dedupe_keys" ("incident_key", "dedupe_key", "entry_id") values ($1, $2, $3) on conflict ("incident_key", "dedupe_key") do nothing returning "entry_id";
insert into "timeline_entries" ("id", "incident_key", "at", "precision", "zone_assumed", "kind", "title", "body", "source", "service", "evidence_id", "evidence_line", "evidence_byte_offset", "evidence_json_pointer", "author", "pinned", "created_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18), ($19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36);
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.update
select * from "timeline_entries" where "id" = $1;
update "timeline_entries" set "at" = $1, "precision" = $2, "zone_assumed" = $3, "kind" = $4, "title" = $5, "body" = $6, "source" = $7, "service" = $8, "evidence_id" = $9, "evidence_line" = $10, "evidence_byte_offset" = $11, "evidence_json_pointer" = $12, "author" = $13, "pinned" = $14, "version" = $15 where "id" = $16 and "version" = $17;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- timeline.delete (stale)
select * from "timeline_entries" where "id" = $1;
delete from "timeline_entries" where "id" = $1 and "version" = $2;
select "version" from "timeline_entries" where "id" = $1;

-- evidence.insert
insert into "evidence" ("id", "incident_key", "format", "channel", "name", "sha256", "bytes", "received_at", "records", "entries_added", "duplicates_skipped", "problems") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) on conflict do nothing;
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
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- postmortems.get
select * from "postmortems" where "incident_key" = $1;
select "name", "body" from "postmortem_sections" where "incident_key" = $1;

-- postmortems.update
update "postmortems" set "owner" = $1, "status" = $2, "template" = $3, "rca" = $4, "updated_at" = $5, "version" = $6 where "incident_key" = $7 and "version" = $8;
insert into "postmortem_sections" ("incident_key", "name", "body") values ($1, $2, $3), ($4, $5, $6), ($7, $8, $9), ($10, $11, $12), ($13, $14, $15), ($16, $17, $18), ($19, $20, $21), ($22, $23, $24), ($25, $26, $27), ($28, $29, $30), ($31, $32, $33) on conflict ("incident_key", "name") do update set "body" = "excluded"."body";
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- postmortems.listAnalyses
select "incident_key", "rca" from "postmortems" order by "incident_key";

-- actions.insert
insert into "action_items" ("id", "incident_key", "title", "type", "priority", "owner", "due_date", "status", "verification_criteria", "rationale", "links", "created_at", "updated_at", "version") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) on conflict do nothing;
lock table audit_log in share row exclusive mode;
select "seq", "hash" from "audit_log" order by "seq" desc limit $1;
insert into "audit_log" ("seq", "at", "actor", "action", "target", "before", "after", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- actions.listByIncident
select * from "action_items" where "incident_key" = $1 order by "id";

-- services.upsert
select * from "services" where "name" = $1;
insert into "services" ("name", "team", "tier", "description") values ($1, $2, $3, $4) on conflict ("name") do update set "team" = $5, "tier" = $6, "description" = $7;
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

-- metrics.readIncidentPage
select * from "incidents" where "number" > $1 order by "number" limit $2;
select "incident_key", "service" from "incident_services" where "incident_key" in ($1) order by "incident_key", "position";
select "incident_key" from "postmortems" where "incident_key" in ($1);
select "incident_key", "priority", sum(case when due_date is null or status = 'wont_do' then 1 else 0 end) as "excluded", sum(case when due_date is not null and status <> 'wont_do'
        and (status in ('done', 'verified') or due_date < $1) then 1 else 0 end) as "due", sum(case when due_date is not null and status in ('done', 'verified')
        and substr(updated_at, 1, 10) <= due_date then 1 else 0 end) as "closed_on_time" from "action_items" where "incident_key" in ($2) group by "incident_key", "priority";
select distinct "incident_key", "format" from "evidence" where "incident_key" in ($1);
select "incident_key", count(*) as "entries", sum(case when (body like '%Trace: %' and body ~ $1) then 1 else 0 end) as "with_trace_id" from "timeline_entries" where "incident_key" in ($2) and (case when kind in ('log', 'trace') then 1 else 0 end) = 1 group by "incident_key";
select "incident_key", "tag" from "incident_tags" where "incident_key" in ($1) order by "incident_key", "position";

-- metrics.listRecurrenceMembers
select * from "incidents" where ("recurrence_of" is not null or "key" in (select "linked"."recurrence_of" from "incidents" as "linked" where "linked"."recurrence_of" is not null)) order by "number";

-- metrics.listTimelines
select * from "timeline_entries" where "incident_key" in ($1, $2) order by "incident_key", "at", "id";

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
