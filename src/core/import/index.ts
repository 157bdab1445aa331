export * from './apply';
export * from './extract';
