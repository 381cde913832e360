-- The words people search records by: name words, numbers, phones, e-mail addresses, normalised
-- (lower case, accents folded). A prefix of a word is a range in the btree; substrings and typos go
-- through search_term, the tenant's dictionary of distinct name words, which is small enough for trigrams.

create table search_word (
  tenant_id  uuid          not null,
  word       varchar(320)  not null,
  kind       varchar(20)   not null,
  record_id  uuid          not null,
  primary key (tenant_id, word, kind, record_id)
);
create index search_word_record_idx on search_word (tenant_id, record_id);

create table search_term (
  tenant_id  uuid          not null,
  word       varchar(100)  not null,
  primary key (tenant_id, word)
);

-- [jooq ignore start]
-- byte order, so that "word like 'abc%'" and ranges use the btree whatever the database's locale
alter table search_word alter column word type varchar(320) collate "C";
alter table search_term alter column word type varchar(100) collate "C";
create index search_term_trgm_idx on search_term using gin (word gin_trgm_ops);

alter table search_word enable row level security;
alter table search_word force row level security;
create policy tenant_isolation on search_word using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table search_term enable row level security;
alter table search_term force row level security;
create policy tenant_isolation on search_term using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
-- [jooq ignore stop]
