-- A company gets the folder template the first time its file area is opened, not when it is created: a million
-- imported companies no longer write four million empty folders (and their history) that most never open. A row
-- here says the record has had the template once, so folders a user deleted stay deleted. Companies that got their
-- folders when created (before this) have folders and are left as they are.

create table folder_template_applied (
  tenant_id  uuid  not null references tenant (id),
  record_id  uuid  not null,
  primary key (tenant_id, record_id)
);

-- [jooq ignore start]
alter table folder_template_applied enable row level security;
alter table folder_template_applied force row level security;
create policy tenant_isolation on folder_template_applied using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
