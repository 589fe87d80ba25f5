export * from './grounds';
export * from './records';
