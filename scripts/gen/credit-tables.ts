/** The credit tables the generator fills (migration 0016) in the bulk writer's column order. */
import type { TableSpec } from './bulk-writer';

export const CREDIT_RECORDS: TableSpec = {
  table: 'credit_records',
  columns: [
    ['id', 'bigint'],
    ['org_id', 'bigint'],
    ['region_code', 'text'],
    ['authority_region_code', 'text'],
    ['kind', 'text'],
    ['subtype', 'text'],
    ['occurred_on', 'text'],
    ['title', 'text'],
    ['data', 'jsonb'],
    ['public', 'boolean'],
    ['source_ref', 'text'],
    ['created_by', 'bigint'],
    ['created_by_name', 'text'],
    ['created_at', 'timestamptz'],
  ],
};

export const CREDIT_LISTINGS: TableSpec = {
  table: 'credit_listings',
  columns: [
    ['id', 'bigint'],
    ['org_id', 'bigint'],
    ['org_name', 'text'],
    ['uscc', 'text'],
    ['org_type', 'text'],
    ['region_code', 'text'],
    ['authority_region_code', 'text'],
    ['supervisor_unit_id', 'bigint'],
    ['list', 'text'],
    ['status', 'text'],
    ['listed_on', 'text'],
    ['clock_start', 'text'],
    ['auto_remove_on', 'text'],
    ['move_on', 'text'],
    ['removable_from', 'text'],
    ['from_listing_id', 'bigint'],
    ['decided_by', 'bigint'],
    ['decided_by_name', 'text'],
    ['removed_on', 'text'],
    ['removal_reason', 'text'],
    ['removal_basis', 'text'],
    ['removed_by', 'bigint'],
    ['removed_by_name', 'text'],
    ['version', 'integer'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const CREDIT_GROUNDS: TableSpec = {
  table: 'credit_listing_grounds',
  columns: [
    ['id', 'bigint'],
    ['listing_id', 'bigint'],
    ['ground', 'text'],
    ['occurred_on', 'text'],
    ['detail', 'text'],
    ['source', 'text'],
    ['record_id', 'bigint'],
    ['evidence', 'jsonb'],
    ['fulfilled_on', 'text'],
    ['created_by', 'bigint'],
    ['created_by_name', 'text'],
    ['created_at', 'timestamptz'],
  ],
};
