-- Imports of companies, contact persons and private customers from CSV and XLSX files. One import_job row per
-- uploaded file: its columns, the mapping chosen, the options, its state and counters. The rows it writes, it
-- writes in one transaction with the job's final state, so an import is either all there or not there at all.

create table import_job (
  tenant_id         uuid          not null references tenant (id),
  id                uuid          not null,
  target            varchar(10)   not null check (target in ('COMPANY', 'PERSON', 'PRIVATE')),
  file_name         varchar(255)  not null,
  file_size         bigint        not null,
  format            varchar(4)    not null check (format in ('CSV', 'XLSX')),
  encoding          varchar(20),
  delimiter         varchar(1),
  columns           jsonb         not null,
  mapping           jsonb         not null,
  duplicate_policy  varchar(6)    not null default 'SKIP' check (duplicate_policy in ('SKIP', 'UPDATE', 'CREATE')),
  unknown_columns   varchar(6)    not null default 'IGNORE' check (unknown_columns in ('IGNORE', 'NOTE')),
  create_missing    boolean       not null default false,
  state             varchar(10)   not null default 'UPLOADED'
                    check (state in ('UPLOADED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED', 'UNDONE')),
  cancel_requested  boolean       not null default false,
  total_rows        integer,
  rows_done         integer       not null default 0,
  created_count     integer       not null default 0,
  updated_count     integer       not null default 0,
  skipped_count     integer       not null default 0,
  failed_count      integer       not null default 0,
  error             text,
  created_by        uuid,
  created_at        timestamptz   not null default now(),
  started_at        timestamptz,
  heartbeat_at      timestamptz,
  finished_at       timestamptz,
  undone_at         timestamptz,
  undo_kept         integer,
  primary key (tenant_id, id),
  foreign key (tenant_id, created_by) references app_user (tenant_id, id)
);
create index import_job_created_idx on import_job (tenant_id, created_at);

-- What an import wrote, for its undo: a created record is removed, an updated one put back as it was before
-- (before), each only while it is still at the version the import left it (version_after).
create table import_record (
  tenant_id      uuid          not null,
  import_id      uuid          not null,
  record_kind    varchar(30)   not null,
  record_id      uuid          not null,
  action         varchar(10)   not null check (action in ('CREATED', 'UPDATED')),
  before         jsonb,
  version_after  integer,
  primary key (tenant_id, import_id, record_kind, record_id),
  foreign key (tenant_id, import_id) references import_job (tenant_id, id)
);

-- The rows an import could not write, with the reason, for the report and its CSV download.
create table import_failure (
  tenant_id   uuid     not null,
  import_id   uuid     not null,
  row_number  integer  not null,
  reason      text     not null,
  fields      jsonb    not null,
  primary key (tenant_id, import_id, row_number),
  foreign key (tenant_id, import_id) references import_job (tenant_id, id)
);

-- Mappings saved by name for the next file from the same system: header name -> field.
create table import_mapping (
  tenant_id   uuid          not null references tenant (id),
  id          uuid          not null,
  name        varchar(100)  not null,
  target      varchar(10)   not null check (target in ('COMPANY', 'PERSON', 'PRIVATE')),
  mapping     jsonb         not null,
  created_at  timestamptz   not null default now(),
  version     integer       not null default 0,
  primary key (tenant_id, id)
);

-- Which import a history entry came from: set by the import's transaction (app.import_id), read by the column's
-- default, so the history trigger function stays as it is.
alter table history add column import_id uuid;

-- [jooq ignore start]
alter table history alter column import_id set default nullif(current_setting('app.import_id', true), '')::uuid;
create index history_import_idx on history (tenant_id, import_id) where import_id is not null;
create unique index import_mapping_name_key on import_mapping (tenant_id, target, lower(name));

alter table import_job enable row level security;
alter table import_job force row level security;
create policy tenant_isolation on import_job using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table import_record enable row level security;
alter table import_record force row level security;
create policy tenant_isolation on import_record using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table import_failure enable row level security;
alter table import_failure force row level security;
create policy tenant_isolation on import_failure using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table import_mapping enable row level security;
alter table import_mapping force row level security;
create policy tenant_isolation on import_mapping using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on import_mapping
  for each row execute function history_record('importMapping');
-- [jooq ignore stop]
