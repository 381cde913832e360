-- The tenant every business row belongs to, and the helper that row-level security policies use.
-- The application sets app.tenant_id for each transaction (see tenancy.internal.TenantTransactionManager);
-- when it is not set, current_tenant() is NULL and every policy hides every row.

-- [jooq ignore start]
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists citext;

create or replace function current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Set only while a login or an API token is being checked: lets that one lookup find its row
-- before the tenant is known.
create or replace function current_auth_key() returns text
  language sql stable
  as $$ select nullif(current_setting('app.auth_key', true), '') $$;
-- [jooq ignore stop]

create table tenant (
  id          uuid         not null primary key,
  name        varchar(200) not null,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0
);

-- [jooq ignore start]
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_isolation on tenant
  using (id = current_tenant()) with check (id = current_tenant());
-- [jooq ignore stop]

-- One row: set when the first start created the first tenant and administrator.
-- Global installation state, not tenant data, so no row-level security.
create table installation (
  id               integer     not null primary key check (id = 1),
  first_tenant_id  uuid        not null,
  initialized_at   timestamptz not null default now()
);
