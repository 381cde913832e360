-- Merging two companies or two persons: the survivor takes the fields chosen from the other record and
-- everything attached to it; the other record is hidden and points at the survivor, so that the merge can be
-- undone. A merge row keeps what undoing needs (the survivor's values before, what was moved).

alter table company add column merged_into_id uuid;
alter table person add column merged_into_id uuid;

create table record_merge (
  tenant_id    uuid          not null references tenant (id),
  id           uuid          not null,
  kind         varchar(30)   not null,
  survivor_id  uuid          not null,
  loser_id     uuid          not null,
  undo         jsonb         not null,
  merged_by    uuid,
  merged_at    timestamptz   not null default now(),
  undone_by    uuid,
  undone_at    timestamptz,
  primary key (tenant_id, id),
  check (survivor_id <> loser_id)
);
create index record_merge_survivor_idx on record_merge (tenant_id, survivor_id);
create index record_merge_loser_idx on record_merge (tenant_id, loser_id);

-- [jooq ignore start]
-- A deleted record's customer number may be taken again (an import brings the old system's numbers); restoring
-- the deleted record then asks for a new number instead of failing.
drop index company_customer_number_key;
create unique index company_customer_number_key on company (tenant_id, customer_number) where deleted_at is null;
drop index person_customer_number_key;
create unique index person_customer_number_key on person (tenant_id, customer_number) where deleted_at is null;
create index company_customer_number_idx on company (tenant_id, customer_number);
create index person_customer_number_idx on person (tenant_id, customer_number);

-- erasing a record clears the history rows that mention it
create index history_related_idx on history (tenant_id, related_id) where related_id is not null;

alter table record_merge enable row level security;
alter table record_merge force row level security;
create policy tenant_isolation on record_merge using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- The survivor's history gets MERGED (and UNMERGED when undone), related to the other record; the other record's
-- own row change (hidden, merged_into_id set) is recorded by history_record as DELETED and RESTORED.
create function history_merge() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' or (old.undone_at is null and new.undone_at is not null) then
    insert into history (tenant_id, record_kind, record_id, action, changes, related_kind, related_id, actor_id, channel)
    values (new.tenant_id, new.kind, new.survivor_id, case when tg_op = 'INSERT' then 'MERGED' else 'UNMERGED' end,
            '{}', new.kind, new.loser_id, nullif(current_setting('app.actor_id', true), '')::uuid,
            coalesce(nullif(current_setting('app.channel', true), ''), 'system'));
  end if;
  return null;
end $$;

create trigger history after insert or update on record_merge
  for each row execute function history_merge();
-- [jooq ignore stop]

-- [jooq ignore start]
-- Erasing a record for good (GDPR) takes its own child rows with it: links, categories, phones and e-mails.
alter table company_category drop constraint company_category_tenant_id_company_id_fkey,
  add foreign key (tenant_id, company_id) references company (tenant_id, id) on delete cascade;
alter table person_company drop constraint person_company_tenant_id_company_id_fkey,
  add foreign key (tenant_id, company_id) references company (tenant_id, id) on delete cascade;
alter table person_company drop constraint person_company_tenant_id_person_id_fkey,
  add foreign key (tenant_id, person_id) references person (tenant_id, id) on delete cascade;
alter table person_channel drop constraint person_channel_tenant_id_person_id_fkey,
  add foreign key (tenant_id, person_id) references person (tenant_id, id) on delete cascade;
alter table person_category drop constraint person_category_tenant_id_person_id_fkey,
  add foreign key (tenant_id, person_id) references person (tenant_id, id) on delete cascade;
-- [jooq ignore stop]
