/** Tables of modules/supervision/penalties (migration 0019-penalties). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PenaltiesTables {}
