-- Every change to every record, written by database triggers so that no write path can skip it: pages, API,
-- bulk updates ("move customers"), imports, jobs and hand-written SQL alike. Who (app.actor_id) and through what
-- (app.channel) come from the transaction's settings, which the application sets with the tenant.

create table history (
  tenant_id     uuid         not null references tenant (id),
  id            bigint       generated always as identity,
  record_kind   varchar(30)  not null,
  record_id     uuid         not null,
  action        varchar(20)  not null,
  changes       jsonb        not null,
  related_kind  varchar(30),
  related_id    uuid,
  actor_id      uuid,
  channel       varchar(10)  not null,
  at            timestamptz  not null default now(),
  primary key (tenant_id, id)
);
create index history_record_idx on history (tenant_id, record_id, id);
create index history_at_idx on history (tenant_id, at);

-- [jooq ignore start]
alter table history enable row level security;
alter table history force row level security;
create policy tenant_isolation on history using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- Arguments: the record kind; the column holding the record's id (default id); for a link or child row, the
-- kind and column of what it links to. A record's insert is CREATED, a change CHANGED (field: [old, new]), setting
-- deleted_at DELETED and clearing it RESTORED; a link row's insert LINKED and delete UNLINKED.
create function history_record() returns trigger language plpgsql as $$
declare
  kind      text := tg_argv[0];
  id_col    text := coalesce(tg_argv[1], 'id');
  rel_kind  text := tg_argv[2];
  rel_col   text := tg_argv[3];
  ignored   text[] := array['tenant_id', 'id', 'version', 'created_at', 'updated_at', 'password_hash', 'token_hash',
                            'last_login_at', 'last_used_at', 'next_number'];
  old_row   jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_row   jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  one_row   jsonb := coalesce(new_row, old_row);
  diff      jsonb := '{}';
  act       text;
  k         text;
begin
  if tg_op = 'UPDATE' then
    for k in select jsonb_object_keys(new_row) loop
      if k <> all (ignored) and new_row -> k is distinct from old_row -> k then
        diff := diff || jsonb_build_object(k, jsonb_build_array(old_row -> k, new_row -> k));
      end if;
    end loop;
    if diff = '{}' then
      return null;
    end if;
    act := case when not diff ? 'deleted_at' then 'CHANGED'
                when new_row -> 'deleted_at' = 'null' then 'RESTORED' else 'DELETED' end;
    if act <> 'CHANGED' then
      diff := diff - 'deleted_at';
    end if;
  else
    select coalesce(jsonb_object_agg(key, case when tg_op = 'INSERT' then jsonb_build_array(null, value)
                                               else jsonb_build_array(value, null) end), '{}')
      into diff
      from jsonb_each(one_row)
     where value <> 'null' and key <> all (ignored) and key <> id_col and key is distinct from rel_col;
    act := case when rel_kind is null then (case when tg_op = 'INSERT' then 'CREATED' else 'PURGED' end)
                else (case when tg_op = 'INSERT' then 'LINKED' else 'UNLINKED' end) end;
  end if;
  insert into history (tenant_id, record_kind, record_id, action, changes, related_kind, related_id, actor_id, channel)
  values ((one_row ->> 'tenant_id')::uuid, kind, (one_row ->> id_col)::uuid, act, diff, rel_kind,
          (one_row ->> rel_col)::uuid, nullif(current_setting('app.actor_id', true), '')::uuid,
          coalesce(nullif(current_setting('app.channel', true), ''), 'system'));
  return null;
end $$;

create trigger history after insert or update or delete on company
  for each row execute function history_record('company');
create trigger history after insert or update or delete on person
  for each row execute function history_record('person');
create trigger history_person after insert or update or delete on person_company
  for each row execute function history_record('person', 'person_id', 'company', 'company_id');
create trigger history_company after insert or update or delete on person_company
  for each row execute function history_record('company', 'company_id', 'person', 'person_id');
create trigger history after insert or delete on company_category
  for each row execute function history_record('company', 'company_id', 'category', 'category_id');
create trigger history after insert or delete on person_category
  for each row execute function history_record('person', 'person_id', 'category', 'category_id');
create trigger history after insert or delete on person_channel
  for each row execute function history_record('person', 'person_id', 'channel', null);
create trigger history after insert or update or delete on category
  for each row execute function history_record('category');
create trigger history after insert or update or delete on industry
  for each row execute function history_record('industry');
create trigger history after insert or update or delete on contact_role
  for each row execute function history_record('role');
create trigger history after insert or update or delete on company_status
  for each row execute function history_record('status');
create trigger history after insert or update or delete on number_series
  for each row execute function history_record('numberSeries');
create trigger history after insert or update or delete on app_user
  for each row execute function history_record('user');
create trigger history after insert or update or delete on api_token
  for each row execute function history_record('apiToken');
-- [jooq ignore stop]
