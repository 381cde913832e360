-- What an import writes (import_record, import_failure) names its job without a foreign key. The job row is updated
-- every half second by the run's progress, in transactions of their own, while the run's one long transaction keeps
-- every version of that row alive; each key check of a written row walked them all, so a run of a million rows
-- spent 93 s of its 400 on checks of one parent (quadratic: 1 s at 100 000 rows). The rows are written only by
-- their job's own run, and a job is deleted with them (ImportJobs.delete).
-- [jooq ignore start]
alter table import_record drop constraint import_record_tenant_id_import_id_fkey;
alter table import_failure drop constraint import_failure_tenant_id_import_id_fkey;
-- [jooq ignore stop]
