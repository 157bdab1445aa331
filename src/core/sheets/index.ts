export * from './estimate';
export * from './findings';
export * from './ledger';
export * from './output-tab';
export * from './report';
