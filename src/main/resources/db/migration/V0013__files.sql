-- The file area of every record (company, person, later leads): folders and files attached by (record_kind,
-- record_id), with no foreign key to the record so that a new kind of record needs no change here. File contents
-- live in a FileStorage (local disk by default) under storage_key; the rows keep their size and SHA-256.

create table folder (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  record_kind  varchar(30)   not null,
  record_id    uuid          not null,
  parent_id    uuid,
  name         varchar(255)  not null,
  created_at   timestamptz   not null default now(),
  version      integer       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, parent_id) references folder (tenant_id, id)
);
create index folder_record_idx on folder (tenant_id, record_id);

create table file (
  tenant_id     uuid          not null references tenant (id),
  id            uuid          not null,
  record_kind   varchar(30)   not null,
  record_id     uuid          not null,
  folder_id     uuid,
  name          varchar(255)  not null,
  content_type  varchar(100)  not null,
  size          bigint        not null,
  sha256        char(64)      not null,
  storage_key   varchar(200)  not null,
  source_kind   varchar(30),
  source_id     uuid,
  deleted_at    timestamptz,
  created_by    uuid,
  created_at    timestamptz   not null default now(),
  version       integer       not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, folder_id) references folder (tenant_id, id)
);
create index file_record_idx on file (tenant_id, record_id, id);
create index file_folder_idx on file (tenant_id, folder_id);

-- The folders every new company gets (Settings -> File folders).
create table folder_template (
  tenant_id   uuid          not null references tenant (id),
  id          uuid          not null,
  name        varchar(255)  not null,
  position    integer       not null default 0,
  created_at  timestamptz   not null default now(),
  version     integer       not null default 0,
  primary key (tenant_id, id)
);

-- [jooq ignore start]
-- one folder of a name per place (case-insensitive), so "apply template to all existing" can add only what is missing
create unique index folder_name_key on folder (tenant_id, record_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));
create unique index folder_template_name_key on folder_template (tenant_id, lower(name));

alter table folder enable row level security;
alter table folder force row level security;
create policy tenant_isolation on folder using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table file enable row level security;
alter table file force row level security;
create policy tenant_isolation on file using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table folder_template enable row level security;
alter table folder_template force row level security;
create policy tenant_isolation on folder_template using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- A UUIDv7 made by the database, for the set-based "apply template to all existing companies" (time-ordered ids
-- keep the primary key append-only; PostgreSQL 18's uuidv7() is not in 15-17).
create function files_uuid_v7() returns uuid language sql volatile as $$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
         placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6),
         52, 1), 53, 1), 'hex')::uuid
$$;

-- Uploads, deletions and restores are in the owning record's history too: a LINKED/UNLINKED line with the file's
-- name, whatever kind the record is (history_record() takes the kind as a fixed argument). Hard deletes happen only
-- when the record is erased, whose history is blanked anyway, so they write nothing here.
create function file_record_history() returns trigger language plpgsql as $$
declare
  act  text;
  diff jsonb;
begin
  if tg_op = 'INSERT' and new.deleted_at is null then
    act := 'LINKED';
    diff := jsonb_build_object('name', jsonb_build_array(null, new.name));
  elsif tg_op = 'UPDATE' and old.deleted_at is null and new.deleted_at is not null then
    act := 'UNLINKED';
    diff := jsonb_build_object('name', jsonb_build_array(new.name, null));
  elsif tg_op = 'UPDATE' and old.deleted_at is not null and new.deleted_at is null then
    act := 'LINKED';
    diff := jsonb_build_object('name', jsonb_build_array(null, new.name));
  else
    return null;
  end if;
  insert into history (tenant_id, record_kind, record_id, action, changes, related_kind, related_id, actor_id, channel)
  values (new.tenant_id, new.record_kind, new.record_id, act, diff, 'file', new.id,
          nullif(current_setting('app.actor_id', true), '')::uuid,
          coalesce(nullif(current_setting('app.channel', true), ''), 'system'));
  return null;
end $$;

create trigger history after insert or update or delete on file
  for each row execute function history_record('file');
create trigger history_record after insert or update on file
  for each row execute function file_record_history();
create trigger history after insert or update or delete on folder
  for each row execute function history_record('folder');
create trigger history after insert or update or delete on folder_template
  for each row execute function history_record('folderTemplate');
-- [jooq ignore stop]
