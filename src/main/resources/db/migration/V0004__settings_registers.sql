-- The registers that administrators keep and the customer register refers to.

create table category (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  scope       varchar(10)  not null check (scope in ('COMPANY', 'PERSON', 'BOTH')),
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

create table industry (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(200) not null,
  code        varchar(20),
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

create table contact_role (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

create table company_status (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  is_default  boolean      not null default false,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

-- A range of customer numbers; next_number is the next free one (last_number + 1 when the series is full).
create table number_series (
  tenant_id    uuid         not null references tenant (id),
  id           uuid         not null,
  name         varchar(100) not null,
  first_number bigint       not null check (first_number > 0),
  last_number  bigint       not null,
  next_number  bigint       not null,
  is_default   boolean      not null default false,
  created_at   timestamptz  not null default now(),
  version      integer      not null default 0,
  primary key (tenant_id, id),
  check (first_number <= last_number),
  check (next_number between first_number and last_number + 1)
);

-- [jooq ignore start]
create unique index category_name_key on category (tenant_id, lower(name));
create unique index industry_name_key on industry (tenant_id, lower(name));
create unique index contact_role_name_key on contact_role (tenant_id, lower(name));
create unique index company_status_name_key on company_status (tenant_id, lower(name));
create unique index number_series_name_key on number_series (tenant_id, lower(name));

alter table category enable row level security;
alter table category force row level security;
create policy tenant_isolation on category using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table industry enable row level security;
alter table industry force row level security;
create policy tenant_isolation on industry using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table contact_role enable row level security;
alter table contact_role force row level security;
create policy tenant_isolation on contact_role using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table company_status enable row level security;
alter table company_status force row level security;
create policy tenant_isolation on company_status using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table number_series enable row level security;
alter table number_series force row level security;
create policy tenant_isolation on number_series using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
