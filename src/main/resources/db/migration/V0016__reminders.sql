-- Watches and reminders (Bevakning): a user watches a date on a record of any kind (referenced by kind and id, with
-- no foreign key, like notes) and is reminded some time before it in the app, by e-mail and/or by SMS.

-- the number SMS reminders go to (E.164)
alter table app_user add column mobile varchar(20);

create table watch (
  tenant_id      uuid          not null references tenant (id),
  id             uuid          not null,
  owner_id       uuid          not null,
  record_kind    varchar(30)   not null,
  record_id      uuid          not null,
  label          varchar(200)  not null,
  watch_at       timestamptz   not null,
  before_amount  integer       not null check (before_amount >= 0),
  before_unit    varchar(10)   not null check (before_unit in ('MINUTES', 'HOURS', 'DAYS', 'WEEKS')),
  remind_at      timestamptz   not null,
  by_app         boolean       not null default false,
  by_email       boolean       not null default false,
  by_sms         boolean       not null default false,
  created_at     timestamptz   not null default now(),
  updated_at     timestamptz   not null default now(),
  version        integer       not null default 0,
  deleted_at     timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
  check (by_app or by_email or by_sms)
);

-- The outbox: one row per watch and channel, sent once by the reminder job; failures wait here for their next
-- attempt, so nothing is lost across restarts. Derived from the watch (whose history is kept), so no history of
-- its own: every attempt would fill the record's history.
create table reminder_delivery (
  tenant_id        uuid          not null references tenant (id),
  id               uuid          not null,
  watch_id         uuid          not null,
  channel          varchar(10)   not null check (channel in ('APP', 'EMAIL', 'SMS')),
  status           varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
  due_at           timestamptz   not null,
  next_attempt_at  timestamptz   not null,
  attempts         integer       not null default 0,
  last_error       varchar(1000),
  sent_at          timestamptz,
  read_at          timestamptz,
  created_at       timestamptz   not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, watch_id) references watch (tenant_id, id),
  unique (tenant_id, watch_id, channel)
);

-- [jooq ignore start]
create index watch_record_idx on watch (tenant_id, record_kind, record_id, watch_at) where deleted_at is null;
create index watch_owner_idx on watch (tenant_id, owner_id, watch_at) where deleted_at is null;
create index reminder_delivery_due_idx on reminder_delivery (next_attempt_at) where status = 'PENDING';

alter table watch enable row level security;
alter table watch force row level security;
create policy tenant_isolation on watch using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table reminder_delivery enable row level security;
alter table reminder_delivery force row level security;
create policy tenant_isolation on reminder_delivery using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- The job finds due rows of every tenant through reminder_due_deliveries() only: it sees their tenant and id,
-- for the moment of that one query, and then works on each row as its tenant.
create policy due_scan on reminder_delivery for select using (current_setting('app.reminder_scan', true) = 'on');

create function reminder_due_deliveries(max_rows integer) returns table (tenant_id uuid, id uuid)
  language plpgsql volatile as $$
begin
  perform set_config('app.reminder_scan', 'on', true);
  return query select d.tenant_id, d.id from reminder_delivery d
    where d.status = 'PENDING' and d.next_attempt_at <= now() order by d.next_attempt_at limit max_rows;
  perform set_config('app.reminder_scan', '', true);
end $$;

create trigger history after insert or update or delete on watch
  for each row execute function history_record('watch');
-- [jooq ignore stop]
