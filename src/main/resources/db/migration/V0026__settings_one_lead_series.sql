-- A tenant has one lead number series (NumberSeriesManagement.leadSeries takes it as the one).

-- [jooq ignore start]
create unique index number_series_one_lead_series on number_series (tenant_id) where for_leads;
-- [jooq ignore stop]
