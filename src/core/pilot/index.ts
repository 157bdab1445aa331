/** The whole pilot (issue 19): standard steps, the tasks suggested from them, approvals and results. */
export { foldWords, gateTasks, kindsOf } from './match';
export * from './preview';
export * from './steps';
export * from './tasks';
