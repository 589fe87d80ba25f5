export * from './indicator-set';
export * from './check-types';
export * from './formula';
export * from './charity-limits';
export * from './engine';
export * from './default-set';
export * from './sample-report';
export * from './reports';
