/** Tables of modules/supervision/cases (migration 0018-supervision-cases). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CasesTables {}
