-- Notes (Notater): text written on a record of any kind (company, person, later lead), referenced by kind and id
-- with no foreign key, so a new kind of record needs no change here.

create table note (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  record_kind  varchar(30)   not null,
  record_id    uuid          not null,
  body         text          not null check (length(body) between 1 and 20000),
  author_id    uuid          not null,
  is_private   boolean       not null default false,
  created_at   timestamptz   not null default now(),
  updated_at   timestamptz   not null default now(),
  version      integer       not null default 0,
  deleted_at   timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, author_id) references app_user (tenant_id, id)
);

-- [jooq ignore start]
-- a record's notes, newest first (ids are time-ordered)
create index note_record_idx on note (tenant_id, record_id, id desc) where deleted_at is null;
create index note_author_idx on note (tenant_id, author_id, id desc) where deleted_at is null;
-- words in the three languages' stems; the query repeats this expression exactly (Notes.WORDS)
create index note_words_idx on note using gin
  ((to_tsvector('norwegian', body) || to_tsvector('swedish', body) || to_tsvector('english', body)));

alter table note enable row level security;
alter table note force row level security;
create policy tenant_isolation on note using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on note
  for each row execute function history_record('note');
-- [jooq ignore stop]
