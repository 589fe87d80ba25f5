export * from './grounds';
export * from './records';
export * from './lists-dto';
export * from './list-rules';
