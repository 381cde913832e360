-- Companies: customers, suppliers, partners and other relations.

create table company (
  tenant_id            uuid          not null references tenant (id),
  id                   uuid          not null,
  customer_number      bigint        not null,
  name                 varchar(300)  not null,
  nickname             varchar(300),
  organisation_number  varchar(40),
  country              varchar(2)    not null default 'NO',
  is_customer          boolean       not null default true,
  is_supplier          boolean       not null default false,
  is_partner           boolean       not null default false,
  is_other             boolean       not null default false,
  status_id            uuid,
  industry_id          uuid,
  owner_id             uuid,
  phone                varchar(50),
  mobile               varchar(50),
  fax                  varchar(50),
  email                varchar(320),
  website              varchar(300),
  visit_street         varchar(300),
  visit_postcode       varchar(20),
  visit_city           varchar(100),
  visit_country        varchar(2),
  postal_street        varchar(300),
  postal_postcode      varchar(20),
  postal_city          varchar(100),
  postal_country       varchar(2),
  invoice_street       varchar(300),
  invoice_postcode     varchar(20),
  invoice_city         varchar(100),
  invoice_country      varchar(2),
  delivery_street      varchar(300),
  delivery_postcode    varchar(20),
  delivery_city        varchar(100),
  delivery_country     varchar(2),
  invoice_method       varchar(10)   check (invoice_method in ('EMAIL', 'EHF', 'PAPER')),
  invoice_email        varchar(320),
  employees            integer       check (employees >= 0),
  turnover             numeric(18, 2),
  turnover_currency    varchar(3)    not null default 'NOK',
  note                 text,
  created_at           timestamptz   not null default now(),
  updated_at           timestamptz   not null default now(),
  deleted_at           timestamptz,
  version              integer       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, status_id) references company_status (tenant_id, id),
  foreign key (tenant_id, industry_id) references industry (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id)
);
create unique index company_customer_number_key on company (tenant_id, customer_number);
create index company_organisation_number_idx on company (tenant_id, organisation_number);
create index company_industry_idx on company (tenant_id, industry_id);
create index company_status_idx on company (tenant_id, status_id);
create index company_owner_idx on company (tenant_id, owner_id);

create table company_category (
  tenant_id    uuid not null,
  company_id   uuid not null,
  category_id  uuid not null,
  primary key (tenant_id, company_id, category_id),
  foreign key (tenant_id, company_id) references company (tenant_id, id),
  foreign key (tenant_id, category_id) references category (tenant_id, id)
);
create index company_category_category_idx on company_category (tenant_id, category_id);

-- [jooq ignore start]
-- lower(email domain) for the duplicate warning "same e-mail domain"
create index company_email_domain_idx on company (tenant_id, lower(split_part(email, '@', 2))) where email is not null;
create index company_visit_postcode_idx on company (tenant_id, visit_postcode);
create index company_postal_postcode_idx on company (tenant_id, postal_postcode);

alter table company enable row level security;
alter table company force row level security;
create policy tenant_isolation on company using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table company_category enable row level security;
alter table company_category force row level security;
create policy tenant_isolation on company_category using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
