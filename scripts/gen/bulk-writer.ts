/** How the generator writes rows fast on either engine; the schema still comes from the migrations. */

export type PgType = 'bigint' | 'integer' | 'text' | 'date' | 'timestamptz' | 'boolean' | 'jsonb';

/** A table's columns in the order rows list their values, with the PostgreSQL type of each. */
export interface TableSpec {
  table: string;
  columns: [name: string, type: PgType][];
}

export interface BulkWriter {
  readonly engine: 'sqlite' | 'postgres';
  /** A boolean as the engine stores it (SQLite: 0/1). */
  bool(v: boolean): boolean | number;
  /** Drops what slows a bulk load of these tables (secondary indexes, unreferenced keys, foreign keys). */
  beforeLoad(tables: string[]): Promise<void>;
  /** Appends rows; resolves when the engine has them (PostgreSQL overlaps this with generating the next batch). */
  insert(spec: TableSpec, rows: unknown[][]): Promise<void>;
  /** Puts back what beforeLoad dropped, brings id sequences up to date and gathers planner statistics. */
  afterLoad(log: (s: string) => void): Promise<void>;
  /** Runs a statement (parameters as `?`, rewritten for PostgreSQL). */
  exec(sql: string, params?: unknown[]): Promise<void>;
  /** Reads rows back (a later step reading what an earlier one wrote), parameters as for exec. */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export const ORGANIZATIONS: TableSpec = {
  table: 'organizations',
  columns: [
    ['id', 'bigint'],
    ['uscc', 'text'],
    ['name', 'text'],
    ['search_name', 'text'],
    ['type', 'text'],
    ['level', 'text'],
    ['authority_region_code', 'text'],
    ['region_code', 'text'],
    ['category_code', 'text'],
    ['supervisor_unit_id', 'bigint'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
    ['address', 'text'],
    ['legal_rep_name', 'text'],
    ['legal_rep_id_enc', 'text'],
    ['legal_rep_id_hash', 'text'],
    ['legal_rep_phone', 'text'],
    ['business_scope', 'text'],
    ['registered_funds_fen', 'bigint'],
    ['founded_on', 'date'],
    ['certificate_valid_until', 'date'],
    ['charity_recognized', 'boolean'],
    ['charity_recognized_on', 'date'],
    ['public_fundraising', 'boolean'],
    ['tax_deduction_until', 'date'],
    ['tax_exempt_until', 'date'],
    ['evaluation_grade', 'text'],
    ['grade_valid_until', 'date'],
    ['has_party_org', 'boolean'],
    ['incubator', 'text'],
    ['brand', 'boolean'],
    ['staff_count', 'integer'],
    ['member_count', 'integer'],
    ['unit_member_count', 'integer'],
    ['contact_phone', 'text'],
    ['website', 'text'],
    ['dormant_candidate', 'boolean'],
    ['uscc_warning', 'text'],
    ['version', 'integer'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const ORG_EVENTS: TableSpec = {
  table: 'org_events',
  columns: [
    ['id', 'bigint'],
    ['org_id', 'bigint'],
    ['kind', 'text'],
    ['occurred_on', 'date'],
    ['at', 'timestamptz'],
    ['actor_id', 'bigint'],
    ['actor_name', 'text'],
    ['basis', 'text'],
    ['summary', 'text'],
    ['changes', 'jsonb'],
    ['public', 'boolean'],
  ],
};

export const ORG_NAME_GRAMS: TableSpec = {
  table: 'org_name_grams',
  columns: [
    ['gram', 'text'],
    ['region_code', 'text'],
    ['org_id', 'bigint'],
  ],
};

export const ORG_NAME_GRAM_STATS: TableSpec = {
  table: 'org_name_gram_stats',
  columns: [
    ['gram', 'text'],
    ['n', 'integer'],
  ],
};

export const COMMUNITY_ORGS: TableSpec = {
  table: 'community_orgs',
  columns: [
    ['id', 'bigint'],
    ['name', 'text'],
    ['search_name', 'text'],
    ['region_code', 'text'],
    ['community_name', 'text'],
    ['area_kind', 'text'],
    ['category_code', 'text'],
    ['responsible_name', 'text'],
    ['responsible_id_enc', 'text'],
    ['responsible_id_hash', 'text'],
    ['responsible_phone', 'text'],
    ['venue', 'text'],
    ['activity_area', 'text'],
    ['member_count', 'integer'],
    ['funds_fen', 'bigint'],
    ['charter_file_id', 'bigint'],
    ['roster_file_id', 'bigint'],
    ['status', 'text'],
    ['filed_on', 'date'],
    ['cancelled_on', 'date'],
    ['cancel_reason', 'text'],
    ['filed_by', 'bigint'],
    ['version', 'integer'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};
