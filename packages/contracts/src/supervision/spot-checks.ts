export * from './spot-checks-rules';
export * from './spot-checks-dto';
