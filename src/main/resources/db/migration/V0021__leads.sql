-- Leads (Leads/emner): prospects kept out of the customer register until they are converted. A lead IS a company row
-- or a (private) person row flagged is_lead, not a copy, so notes, tasks, appointments, files, history and contact
-- links stay attached through the conversion; a lead company has no customer number until then. What only a lead has
-- (its lead number, status, source, owner, when and by whom it was converted) is in the lead table.

alter table company add column is_lead boolean not null default false;
alter table company alter column customer_number drop not null;
alter table company add constraint company_customer_has_number check (is_lead or customer_number is not null);
alter table person add column is_lead boolean not null default false;

-- The lead number series is kept apart from the customer number series (lead numbers are not customer numbers).
alter table number_series add column for_leads boolean not null default false;

-- The tenant's register of lead statuses (Ny, Kontaktet, Kvalifisert, Diskvalifisert): the oldest is a new lead's.
create table lead_status (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

-- id is the id of the lead's company or person row (record_kind 'company' or 'person'; no foreign key, like notes and
-- tasks), so the history of the lead's own data is on that record's History tab too.
create table lead (
  tenant_id      uuid         not null references tenant (id),
  id             uuid         not null,
  record_kind    varchar(10)  not null check (record_kind in ('company', 'person')),
  lead_number    bigint       not null,
  status_id      uuid,
  source_id      uuid,
  owner_id       uuid,
  converted_at   timestamptz,
  converted_by   uuid,
  created_at     timestamptz  not null default now(),
  updated_at     timestamptz  not null default now(),
  version        integer      not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, status_id) references lead_status (tenant_id, id),
  foreign key (tenant_id, source_id) references source (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
  foreign key (tenant_id, converted_by) references app_user (tenant_id, id)
);
create unique index lead_number_key on lead (tenant_id, lead_number);
create index lead_status_idx on lead (tenant_id, status_id);
create index lead_owner_idx on lead (tenant_id, owner_id);
create index lead_source_idx on lead (tenant_id, source_id);

-- [jooq ignore start]
create index company_lead_idx on company (tenant_id, id) where is_lead;
create index person_lead_idx on person (tenant_id, id) where is_lead;
create unique index lead_status_name_key on lead_status (tenant_id, lower(name));

-- tenants made before leads existed get what a new tenant gets (settings.internal.StartingRegisters)
insert into lead_status (tenant_id, id, name, created_at)
select t.id, gen_random_uuid(), s.name, now() + s.position * interval '1 millisecond'
from tenant t cross join (values ('Ny', 1), ('Kontaktet', 2), ('Kvalifisert', 3), ('Diskvalifisert', 4)) as s (name, position);
insert into number_series (tenant_id, id, name, first_number, last_number, next_number, is_default, for_leads)
select t.id, gen_random_uuid(), 'Leads', 1, 999999999, 1, false, true from tenant t;

alter table lead_status enable row level security;
alter table lead_status force row level security;
create policy tenant_isolation on lead_status using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table lead enable row level security;
alter table lead force row level security;
create policy tenant_isolation on lead using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- the import engine writes lead companies and private-person leads too (imports.ImportTarget)
alter table import_job alter column target type varchar(20);
alter table import_job drop constraint import_job_target_check;
alter table import_job add constraint import_job_target_check check (target in ('COMPANY', 'PERSON', 'PRIVATE', 'LEAD_COMPANY', 'PRIVATE_LEAD'));
alter table import_mapping alter column target type varchar(20);
alter table import_mapping drop constraint import_mapping_target_check;
alter table import_mapping add constraint import_mapping_target_check check (target in ('COMPANY', 'PERSON', 'PRIVATE', 'LEAD_COMPANY', 'PRIVATE_LEAD'));

create trigger history after insert or update or delete on lead_status
  for each row execute function history_record('leadStatus');
-- the lead's own data is history of the company or person it is
create trigger history after insert or update or delete on lead
  for each row execute function history_record('lead');
-- [jooq ignore stop]
