-- Extra info (Tilleggsinfo) on companies: where the contact came from, through which source, and which products the
-- company is interested in; plus the tenant's preferences, where administrators choose whether extra info shows as
-- its own tab on the company card. Sources are a general register: sales opportunities will use the same list.

create table contact_origin (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

create table source (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

create table product_interest (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

alter table company add column origin_id uuid;
alter table company add column source_id uuid;
alter table company add foreign key (tenant_id, origin_id) references contact_origin (tenant_id, id);
alter table company add foreign key (tenant_id, source_id) references source (tenant_id, id);
create index company_origin_idx on company (tenant_id, origin_id);
create index company_source_idx on company (tenant_id, source_id);

create table company_product_interest (
  tenant_id    uuid not null,
  company_id   uuid not null,
  product_id   uuid not null,
  primary key (tenant_id, company_id, product_id),
  foreign key (tenant_id, company_id) references company (tenant_id, id),
  foreign key (tenant_id, product_id) references product_interest (tenant_id, id)
);
create index company_product_interest_product_idx on company_product_interest (tenant_id, product_id);

-- One row per tenant, made at its first change; a tenant without a row has the defaults.
create table tenant_preference (
  tenant_id       uuid        not null references tenant (id),
  extra_info_tab  boolean     not null default false,
  updated_at      timestamptz not null default now(),
  version         integer     not null default 0,
  primary key (tenant_id)
);

-- [jooq ignore start]
create unique index contact_origin_name_key on contact_origin (tenant_id, lower(name));
create unique index source_name_key on source (tenant_id, lower(name));
create unique index product_interest_name_key on product_interest (tenant_id, lower(name));

alter table contact_origin enable row level security;
alter table contact_origin force row level security;
create policy tenant_isolation on contact_origin using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table source enable row level security;
alter table source force row level security;
create policy tenant_isolation on source using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table product_interest enable row level security;
alter table product_interest force row level security;
create policy tenant_isolation on product_interest using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table company_product_interest enable row level security;
alter table company_product_interest force row level security;
create policy tenant_isolation on company_product_interest using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table tenant_preference enable row level security;
alter table tenant_preference force row level security;
create policy tenant_isolation on tenant_preference using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on contact_origin
  for each row execute function history_record('origin');
create trigger history after insert or update or delete on source
  for each row execute function history_record('source');
create trigger history after insert or update or delete on product_interest
  for each row execute function history_record('product');
create trigger history after insert or delete on company_product_interest
  for each row execute function history_record('company', 'company_id', 'product', 'product_id');
create trigger history after insert or update or delete on tenant_preference
  for each row execute function history_record('preferences', 'tenant_id');
-- [jooq ignore stop]
