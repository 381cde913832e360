-- The export log: who exported which list, with what filters, how many rows, when (GDPR: administrators see who
-- took customer data out). An audit trail in its own right, written once and never changed, so it has no history
-- trigger (as the history table itself has none).

create table export_log (
  tenant_id   uuid           not null references tenant (id),
  id          uuid           not null,
  actor_id    uuid,
  actor_name  varchar(320)   not null,
  channel     varchar(10)    not null,
  list        varchar(50)    not null,
  criteria    varchar(2000)  not null,
  format      varchar(10)    not null,
  row_count   bigint         not null,
  complete    boolean        not null,
  at          timestamptz    not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, actor_id) references app_user (tenant_id, id)
);
create index export_log_at_idx on export_log (tenant_id, at);

-- [jooq ignore start]
-- the tenant and the acting user come from the transaction's settings, as history's do
alter table export_log alter column tenant_id set default current_tenant();
alter table export_log alter column actor_id set default nullif(current_setting('app.actor_id', true), '')::uuid;
alter table export_log alter column channel set default coalesce(nullif(current_setting('app.channel', true), ''), 'system');

alter table export_log enable row level security;
alter table export_log force row level security;
create policy tenant_isolation on export_log using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
