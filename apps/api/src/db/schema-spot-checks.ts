/** Tables of modules/supervision/spot-checks (migration 0017-spot-checks). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SpotChecksTables {}
