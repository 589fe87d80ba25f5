/** The annual inspection tables (migration 0015) in the bulk writer's column order. */
import type { TableSpec } from './bulk-writer';

export const ANNUAL_INDICATOR_SETS: TableSpec = {
  table: 'annual_indicator_sets',
  columns: [
    ['id', 'bigint'],
    ['year', 'integer'],
    ['version', 'integer'],
    ['definition', 'jsonb'],
    ['note', 'text'],
    ['created_by', 'bigint'],
    ['created_by_name', 'text'],
    ['created_at', 'timestamptz'],
  ],
};

export const ANNUAL_CYCLES: TableSpec = {
  table: 'annual_inspection_cycles',
  columns: [
    ['id', 'bigint'],
    ['authority_region_code', 'text'],
    ['year', 'integer'],
    ['indicator_set_id', 'bigint'],
    ['status', 'text'],
    ['supervisor_due', 'text'],
    ['authority_due', 'text'],
    ['foundation_due', 'text'],
    ['report_count', 'integer'],
    ['skipped_count', 'integer'],
    ['opened_by', 'bigint'],
    ['opened_by_name', 'text'],
    ['opened_at', 'timestamptz'],
    ['swept_on', 'text'],
  ],
};

export const ANNUAL_REPORTS: TableSpec = {
  table: 'annual_reports',
  columns: [
    ['id', 'bigint'],
    ['cycle_id', 'bigint'],
    ['year', 'integer'],
    ['indicator_set_id', 'bigint'],
    ['org_id', 'bigint'],
    ['org_name', 'text'],
    ['uscc', 'text'],
    ['org_type', 'text'],
    ['region_code', 'text'],
    ['authority_region_code', 'text'],
    ['supervisor_unit_id', 'bigint'],
    ['party_unit_id', 'bigint'],
    ['form', 'text'],
    ['context', 'jsonb'],
    ['status', 'text'],
    ['step', 'text'],
    ['due_date', 'text'],
    ['report_values', 'jsonb'],
    ['saved_sections', 'jsonb'],
    ['submission_no', 'integer'],
    ['submitted_at', 'timestamptz'],
    ['late', 'boolean'],
    ['overdue', 'boolean'],
    ['risk_score', 'integer'],
    ['error_count', 'integer'],
    ['risk_count', 'integer'],
    ['check_result', 'jsonb'],
    ['conclusion', 'text'],
    ['conclusion_reasons', 'text'],
    ['rectifications', 'jsonb'],
    ['concluded_on', 'text'],
    ['concluded_at', 'timestamptz'],
    ['version', 'integer'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const ANNUAL_VERSIONS: TableSpec = {
  table: 'annual_report_versions',
  columns: [
    ['id', 'bigint'],
    ['report_id', 'bigint'],
    ['no', 'integer'],
    ['report_values', 'jsonb'],
    ['submitted_at', 'timestamptz'],
    ['submitted_by', 'bigint'],
    ['submitted_by_name', 'text'],
  ],
};

export const ANNUAL_HISTORY: TableSpec = {
  table: 'annual_report_history',
  columns: [
    ['id', 'bigint'],
    ['report_id', 'bigint'],
    ['action', 'text'],
    ['step', 'text'],
    ['comment', 'text'],
    ['indicator_comments', 'jsonb'],
    ['actor_id', 'bigint'],
    ['actor_name', 'text'],
    ['submission_no', 'integer'],
    ['at', 'timestamptz'],
  ],
};
