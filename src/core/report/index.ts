export * from './document';
export * from './message';
export * from './model';
export * from './preview';
export * from './render-html';
export * from './render-text';
export * from './results';
export * from './results-document';
