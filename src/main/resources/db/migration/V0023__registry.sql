-- Registry: what the Brønnøysund Register Centre (Enhetsregisteret) says of a company that the company table has no
-- column for (organisational form, municipality, VAT registration, bankruptcy and liquidation flags), kept per
-- company by the registry module and refreshed from the register. id is the company's id.

create table registry_unit (
  tenant_id                 uuid          not null references tenant (id),
  id                        uuid          not null,
  organisation_number       varchar(9)    not null,
  organisational_form       varchar(10),
  organisational_form_name  varchar(200),
  municipality              varchar(100),
  municipality_number       varchar(4),
  vat_registered            boolean       not null default false,
  bankrupt                  boolean       not null default false,
  under_liquidation         boolean       not null default false,
  under_forced_liquidation  boolean       not null default false,
  fetched_at                timestamptz   not null default now(),
  version                   integer       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, id) references company (tenant_id, id) on delete cascade
);
create index registry_unit_orgnr_idx on registry_unit (tenant_id, organisation_number);

-- [jooq ignore start]
alter table registry_unit enable row level security;
alter table registry_unit force row level security;
create policy tenant_isolation on registry_unit using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on registry_unit
  for each row execute function history_record('registryUnit');
-- [jooq ignore stop]

-- Bulk loads of the register's download file: who loaded which file with which filters, how far it has come (the
-- page polls it) and what it did. A log, like import_job and export_log: no history trigger (progress is no change).
create table registry_bulk_load (
  tenant_id    uuid           not null references tenant (id),
  id           uuid           not null,
  file         varchar(300)   not null,
  filters      varchar(2000)  not null,
  dry_run      boolean        not null,
  status       varchar(10)    not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  units_read   bigint         not null default 0,
  matched      bigint         not null default 0,
  created      bigint         not null default 0,
  existing     bigint         not null default 0,
  inactive     bigint         not null default 0,
  error        varchar(2000),
  started_by   uuid,
  started_at   timestamptz    not null default now(),
  finished_at  timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, started_by) references app_user (tenant_id, id)
);
create index registry_bulk_load_started_idx on registry_bulk_load (tenant_id, started_at);

-- [jooq ignore start]
alter table registry_bulk_load enable row level security;
alter table registry_bulk_load force row level security;
create policy tenant_isolation on registry_bulk_load using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
