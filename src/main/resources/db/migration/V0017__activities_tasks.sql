-- Tasks (Oppgaver): something a user has to do by a due time, linked to a company and/or a person (by id, with no
-- foreign key, like notes), with a status from the tenant's own register of task statuses.

-- The statuses a task goes through; "closes" ends the task (done, cancelled), "position" orders them.
create table task_status (
  tenant_id   uuid         not null references tenant (id),
  id          uuid         not null,
  name        varchar(100) not null,
  closes      boolean      not null default false,
  position    integer      not null default 0,
  created_at  timestamptz  not null default now(),
  version     integer      not null default 0,
  primary key (tenant_id, id)
);

-- due_at is the moment a timed task is due; for a task due on a day without a time (all_day) it is the start of
-- that day in the writer's time zone, and the task is overdue only once the day is over.
create table task (
  tenant_id     uuid          not null references tenant (id),
  id            uuid          not null,
  title         varchar(200)  not null check (length(title) between 1 and 200),
  description   text          check (length(description) <= 10000),
  due_at        timestamptz,
  all_day       boolean       not null default false,
  priority      varchar(10)   not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH')),
  owner_id      uuid          not null,
  status_id     uuid          not null,
  company_id    uuid,
  person_id     uuid,
  completed_at  timestamptz,
  created_at    timestamptz   not null default now(),
  updated_at    timestamptz   not null default now(),
  version       integer       not null default 0,
  deleted_at    timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
  foreign key (tenant_id, status_id) references task_status (tenant_id, id)
);

-- [jooq ignore start]
create unique index task_status_name_key on task_status (tenant_id, lower(name));
create index task_owner_due_idx on task (tenant_id, owner_id, due_at) where deleted_at is null;
create index task_company_idx on task (tenant_id, company_id) where deleted_at is null and company_id is not null;
create index task_person_idx on task (tenant_id, person_id) where deleted_at is null and person_id is not null;
create index task_status_idx on task (tenant_id, status_id);

-- tenants made before tasks existed get the starting statuses a new tenant gets (activities.internal.StartingStatuses)
insert into task_status (tenant_id, id, name, closes, position)
select t.id, gen_random_uuid(), s.name, s.closes, s.position
from tenant t cross join (values ('Ikke startet', false, 1), ('Pågår', false, 2), ('Venter', false, 3),
  ('Fullført', true, 4), ('Avbrutt', true, 5)) as s (name, closes, position);

alter table task_status enable row level security;
alter table task_status force row level security;
create policy tenant_isolation on task_status using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
alter table task enable row level security;
alter table task force row level security;
create policy tenant_isolation on task using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create trigger history after insert or update or delete on task_status
  for each row execute function history_record('taskStatus');
create trigger history after insert or update or delete on task
  for each row execute function history_record('task');
-- [jooq ignore stop]
