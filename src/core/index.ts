/** The public surface of the core: the Apps Script side and the command line import only from here. */
export * from './a1';
export * from './budget/compute';
export * from './budget/types';
export * from './cells';
export * from './dates';
export * from './money';
export * from './numbers';
export * from './text';
export * from './validation/context';
export * from './validation/finding';
export * from './validation/validate';
export * from './workbook/contract';
export * from './workbook/model';
export * from './workbook/read-workbook';
