export * from './grounds';
export * from './records';
export * from './lists-dto';
export * from './list-rules';
export * from './score-scheme';
export * from './score-providers';
export * from './score-eligibility';
export * from './score-dto';
