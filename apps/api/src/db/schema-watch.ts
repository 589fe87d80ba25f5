/** Tables of modules/supervision/watch (migration 0020-supervision-watch). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WatchTables {}
