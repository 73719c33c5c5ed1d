export { lookupAuditCsv } from './audit-export';
export { auditOperators, auditPageSize, listLookupAudit, type AuditPage, type AuditRow } from './audit-list';
export {
  readDashboard,
  type DailyCount,
  type Dashboard,
  type DashboardRange,
  type OperatorActivity,
  type ProgrammeCount,
  type VillageFinding,
} from './dashboard';
export {
  auditChannels,
  auditFilterQuery,
  auditResults,
  parseAuditFilters,
  type AuditFilters,
} from './filters';
export { auditCsvStream, auditPageFor, dashboardFor } from './staff-service';
export { dailySeries, percentOf } from './daily-series';
export { readRefusals, type RefusalRow } from './refusals';
export { gridValues, niceCeiling } from './chart-scale';
