-- A duplicate scan runs in the background when it takes a while (a few seconds per 100 000 records); its pairs wait
-- here for the page that asked, on whichever node, and for a second user asking meanwhile. Derived data: no history.

create table duplicate_scan (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  kind         varchar(30)   not null,
  state        varchar(10)   not null check (state in ('RUNNING', 'DONE', 'FAILED')),
  started_by   uuid,
  started_at   timestamptz   not null default now(),
  finished_at  timestamptz,
  pairs        jsonb,
  primary key (tenant_id, id)
);
create index duplicate_scan_kind_idx on duplicate_scan (tenant_id, kind, started_at);

-- [jooq ignore start]
alter table duplicate_scan enable row level security;
alter table duplicate_scan force row level security;
create policy tenant_isolation on duplicate_scan using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
