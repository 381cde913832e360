-- User groups (Grupper): a tree of groups, each standard or sales, with users as members in a named role.

create table user_group (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  parent_id    uuid,
  name         varchar(100)  not null,
  description  varchar(500),
  type         varchar(10)   not null check (type in ('STANDARD', 'SALES')),
  created_at   timestamptz   not null default now(),
  version      integer       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, parent_id) references user_group (tenant_id, id)
);

create table user_group_member (
  tenant_id  uuid          not null,
  group_id   uuid          not null,
  user_id    uuid          not null,
  role_name  varchar(100),
  primary key (tenant_id, group_id, user_id),
  foreign key (tenant_id, group_id) references user_group (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
create index user_group_member_user_idx on user_group_member (tenant_id, user_id);

-- [jooq ignore start]
create unique index user_group_name_key on user_group (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));

alter table user_group enable row level security;
alter table user_group force row level security;
create policy tenant_isolation on user_group using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table user_group_member enable row level security;
alter table user_group_member force row level security;
create policy tenant_isolation on user_group_member using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on user_group
  for each row execute function history_record('group');
create trigger history after insert or update or delete on user_group_member
  for each row execute function history_record('group', 'group_id', 'user', 'user_id');
-- [jooq ignore stop]
