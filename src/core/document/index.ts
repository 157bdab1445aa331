export * from './model';
export * from './render-docx';
export * from './render-html';
export * from './render-text';
export * from './zip';
