-- Campaigns (Kampanjer) and their call lists (ringelister): a campaign groups records (companies or persons, leads or
-- customers, by kind and id with no foreign key, like notes and tasks); its members are called one after another,
-- and every call's outcome is kept.

create table campaign (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  name         varchar(200)  not null check (length(name) between 1 and 200),
  description  text          check (length(description) <= 10000),
  owner_id     uuid          not null,
  closed_at    timestamptz,
  created_at   timestamptz   not null default now(),
  updated_at   timestamptz   not null default now(),
  version      integer       not null default 0,
  deleted_at   timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
);

-- One record in a campaign's call list. It is due when open and never called (next_call_at null) or its
-- next_call_at has come; the list is worked through by next_call_at (nulls first), then position (order added).
-- A removed member keeps its row (removed_at) so its calls stay readable; adding the record again brings it back.
create table campaign_member (
  tenant_id       uuid          not null references tenant (id),
  id              uuid          not null,
  campaign_id     uuid          not null,
  record_kind     varchar(20)   not null check (record_kind in ('company', 'person')),
  record_id       uuid          not null,
  position        integer       not null,
  state           varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'DONE')),
  next_call_at    timestamptz,
  last_outcome    varchar(20)   check (last_outcome in ('NO_ANSWER', 'CALL_BACK', 'NOT_INTERESTED', 'MEETING_BOOKED')),
  last_called_at  timestamptz,
  last_called_by  uuid,
  calls           integer       not null default 0,
  created_at      timestamptz   not null default now(),
  updated_at      timestamptz   not null default now(),
  version         integer       not null default 0,
  removed_at      timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, campaign_id, record_kind, record_id),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  foreign key (tenant_id, last_called_by) references app_user (tenant_id, id)
);

-- Every call made from a call list, with what came of it: the task made for a call back, the appointment for a
-- meeting booked.
create table call_outcome (
  tenant_id       uuid          not null references tenant (id),
  id              uuid          not null,
  campaign_id     uuid          not null,
  member_id       uuid          not null,
  record_kind     varchar(20)   not null,
  record_id       uuid          not null,
  outcome         varchar(20)   not null check (outcome in ('NO_ANSWER', 'CALL_BACK', 'NOT_INTERESTED', 'MEETING_BOOKED')),
  call_back_at    timestamptz,
  meeting_start   timestamptz,
  meeting_end     timestamptz,
  comment         text          check (length(comment) <= 2000),
  task_id         uuid,
  appointment_id  uuid,
  by_user         uuid          not null,
  called_at       timestamptz   not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, campaign_id) references campaign (tenant_id, id),
  foreign key (tenant_id, member_id) references campaign_member (tenant_id, id),
  foreign key (tenant_id, by_user) references app_user (tenant_id, id)
);

-- [jooq ignore start]
create index campaign_member_due_idx on campaign_member (tenant_id, campaign_id, next_call_at nulls first, position)
  where removed_at is null and state = 'OPEN';
create index campaign_member_record_idx on campaign_member (tenant_id, record_id) where removed_at is null;
create index call_outcome_record_idx on call_outcome (tenant_id, record_id, called_at desc);
create index call_outcome_member_idx on call_outcome (tenant_id, member_id, called_at desc);

alter table campaign enable row level security;
alter table campaign force row level security;
create policy tenant_isolation on campaign using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table campaign_member enable row level security;
alter table campaign_member force row level security;
create policy tenant_isolation on campaign_member using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table call_outcome enable row level security;
alter table call_outcome force row level security;
create policy tenant_isolation on call_outcome using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on campaign
  for each row execute function history_record('campaign');
create trigger history after insert or update or delete on campaign_member
  for each row execute function history_record('campaignMember');
create trigger history after insert or update or delete on call_outcome
  for each row execute function history_record('callOutcome');
-- [jooq ignore stop]
