-- Contact persons (linked to companies) and private customers (persons with a customer number).

create table person (
  tenant_id        uuid          not null references tenant (id),
  id               uuid          not null,
  customer_number  bigint,
  first_name       varchar(100)  not null,
  last_name        varchar(100)  not null,
  title            varchar(100),
  birth_date       date,
  street           varchar(300),
  postcode         varchar(20),
  city             varchar(100),
  country          varchar(2),
  note             text,
  owner_id         uuid,
  created_at       timestamptz   not null default now(),
  updated_at       timestamptz   not null default now(),
  deleted_at       timestamptz,
  version          integer       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
);
create unique index person_customer_number_key on person (tenant_id, customer_number);
create index person_owner_idx on person (tenant_id, owner_id);

-- A person's private phones, mobiles and e-mail addresses, in the order the user gave them.
create table person_channel (
  tenant_id  uuid          not null,
  person_id  uuid          not null,
  kind       varchar(10)   not null check (kind in ('PHONE', 'MOBILE', 'EMAIL')),
  position   integer       not null,
  value      varchar(320)  not null,
  primary key (tenant_id, person_id, kind, position),
  foreign key (tenant_id, person_id) references person (tenant_id, id)
);

create table person_company (
  tenant_id    uuid          not null,
  id           uuid          not null,
  person_id    uuid          not null,
  company_id   uuid          not null,
  position     varchar(100),
  role_id      uuid,
  work_phone   varchar(50),
  work_email   varchar(320),
  employed     boolean       not null default true,
  created_at   timestamptz   not null default now(),
  version      integer       not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, person_id, company_id),
  foreign key (tenant_id, person_id) references person (tenant_id, id),
  foreign key (tenant_id, company_id) references company (tenant_id, id),
  foreign key (tenant_id, role_id) references contact_role (tenant_id, id)
);
create index person_company_company_idx on person_company (tenant_id, company_id);

create table person_category (
  tenant_id    uuid not null,
  person_id    uuid not null,
  category_id  uuid not null,
  primary key (tenant_id, person_id, category_id),
  foreign key (tenant_id, person_id) references person (tenant_id, id),
  foreign key (tenant_id, category_id) references category (tenant_id, id)
);
create index person_category_category_idx on person_category (tenant_id, category_id);

-- [jooq ignore start]
alter table person enable row level security;
alter table person force row level security;
create policy tenant_isolation on person using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table person_channel enable row level security;
alter table person_channel force row level security;
create policy tenant_isolation on person_channel using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table person_company enable row level security;
alter table person_company force row level security;
create policy tenant_isolation on person_company using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table person_category enable row level security;
alter table person_category force row level security;
create policy tenant_isolation on person_category using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
