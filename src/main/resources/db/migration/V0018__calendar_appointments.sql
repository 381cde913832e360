-- Appointments (Møter / Möten) and the shared booking calendar. An appointment is linked to at most one company and
-- to any number of persons (record ids, checked through their modules, no foreign key: a merge or an erasure moves
-- or removes the links); its participants are users and contact persons. All-day appointments keep their dates as
-- UTC midnights, end exclusive, so one range query serves both kinds.

create table appointment (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  title        varchar(200)  not null check (length(title) between 1 and 200),
  place        varchar(200),
  description  text          check (length(description) <= 10000),
  all_day      boolean       not null default false,
  starts_at    timestamptz   not null,
  ends_at      timestamptz   not null,
  owner_id     uuid          not null,
  company_id   uuid,
  created_at   timestamptz   not null default now(),
  updated_at   timestamptz   not null default now(),
  version      integer       not null default 0,
  deleted_at   timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
  check (ends_at >= starts_at)
);
create index appointment_time_idx on appointment (tenant_id, starts_at);
create index appointment_owner_idx on appointment (tenant_id, owner_id, starts_at);
create index appointment_company_idx on appointment (tenant_id, company_id);

-- persons the appointment is about (linked records)
create table appointment_person (
  tenant_id       uuid  not null,
  appointment_id  uuid  not null,
  person_id       uuid  not null,
  primary key (tenant_id, appointment_id, person_id),
  foreign key (tenant_id, appointment_id) references appointment (tenant_id, id)
);
create index appointment_person_idx on appointment_person (tenant_id, person_id);

-- participants: users of the tenant
create table appointment_attendee_user (
  tenant_id       uuid  not null,
  appointment_id  uuid  not null,
  user_id         uuid  not null,
  primary key (tenant_id, appointment_id, user_id),
  foreign key (tenant_id, appointment_id) references appointment (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create index appointment_attendee_user_idx on appointment_attendee_user (tenant_id, user_id);

-- participants: contact persons
create table appointment_attendee_person (
  tenant_id       uuid  not null,
  appointment_id  uuid  not null,
  person_id       uuid  not null,
  primary key (tenant_id, appointment_id, person_id),
  foreign key (tenant_id, appointment_id) references appointment (tenant_id, id)
);
create index appointment_attendee_person_idx on appointment_attendee_person (tenant_id, person_id);

-- A user's private iCalendar subscription: the secret is kept only as its SHA-256 hash, like an API token.
create table calendar_feed (
  tenant_id     uuid         not null,
  id            uuid         not null,
  user_id       uuid         not null,
  token_hash    varchar(64)  not null,
  token_prefix  varchar(16)  not null,
  created_at    timestamptz  not null default now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create unique index calendar_feed_token_key on calendar_feed (token_hash);

-- [jooq ignore start]
alter table appointment enable row level security;
alter table appointment force row level security;
create policy tenant_isolation on appointment using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table appointment_person enable row level security;
alter table appointment_person force row level security;
create policy tenant_isolation on appointment_person using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table appointment_attendee_user enable row level security;
alter table appointment_attendee_user force row level security;
create policy tenant_isolation on appointment_attendee_user using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table appointment_attendee_person enable row level security;
alter table appointment_attendee_person force row level security;
create policy tenant_isolation on appointment_attendee_person using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table calendar_feed enable row level security;
alter table calendar_feed force row level security;
create policy tenant_isolation on calendar_feed using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- a subscription URL carries no tenant: while its hash is checked, exactly that row is visible
create policy feed_lookup on calendar_feed for select using (token_hash = current_auth_key());

create index appointment_ends_idx on appointment (tenant_id, ends_at) where deleted_at is null;

create trigger history after insert or update or delete on appointment
  for each row execute function history_record('appointment');
create trigger history after insert or update or delete on appointment_person
  for each row execute function history_record('appointment', 'appointment_id', 'person', 'person_id');
create trigger history after insert or delete on appointment_attendee_user
  for each row execute function history_record('appointment', 'appointment_id', 'user', 'user_id');
create trigger history after insert or update or delete on appointment_attendee_person
  for each row execute function history_record('appointment', 'appointment_id', 'person', 'person_id');
create trigger history after insert or update or delete on calendar_feed
  for each row execute function history_record('calendarFeed');
-- [jooq ignore stop]
