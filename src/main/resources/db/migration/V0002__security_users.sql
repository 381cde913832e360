create table app_user (
  tenant_id             uuid         not null references tenant (id),
  id                    uuid         not null,
  email                 varchar(320) not null,
  name                  varchar(200) not null,
  password_hash         varchar(200) not null,
  role                  varchar(20)  not null check (role in ('ADMIN', 'USER')),
  locale                varchar(10),
  time_zone             varchar(60)  not null default 'Europe/Oslo',
  active                boolean      not null default true,
  must_change_password  boolean      not null default false,
  created_at            timestamptz  not null default now(),
  last_login_at         timestamptz,
  version               integer      not null default 0,
  primary key (tenant_id, id)
);
-- A login name is unique in the whole installation: the e-mail tells which tenant a user belongs to.
create unique index app_user_email_key on app_user (email);

create table api_token (
  tenant_id     uuid         not null,
  id            uuid         not null,
  user_id       uuid         not null,
  name          varchar(100) not null,
  token_hash    varchar(64)  not null,
  token_prefix  varchar(16)  not null,
  created_at    timestamptz  not null default now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create unique index api_token_hash_key on api_token (token_hash);
create index api_token_user_idx on api_token (tenant_id, user_id);

-- [jooq ignore start]
alter table app_user enable row level security;
alter table app_user force row level security;
create policy tenant_isolation on app_user
  using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
create policy login_lookup on app_user for select using (email = current_auth_key());

alter table api_token enable row level security;
alter table api_token force row level security;
create policy tenant_isolation on api_token
  using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
create policy token_lookup on api_token for select using (token_hash = current_auth_key());
-- [jooq ignore stop]

-- Failed logins per key (a hash of the e-mail, or of the client address), shared by all nodes.
-- Holds no tenant data, so no row-level security.
create table login_throttle (
  key            varchar(64) not null primary key,
  failures       integer     not null,
  first_failure  timestamptz not null,
  blocked_until  timestamptz
);
