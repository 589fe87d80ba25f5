export * from './errors';
export * from './roles';
export * from './regions';
export * from './pii';
export * from './auth';
export * from './units';
export * from './users';
export * from './paging';
