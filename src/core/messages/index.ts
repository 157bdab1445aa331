/** Every Vietnamese text the hosts show: the Apps Script side and the command line import them from here. */

export * from './budget';
export * from './budget-cli';
export * from './cli';
export * from './document';
export * from './files';
export * from './import';
export * from './mail';
export * from './menu';
export * from './parsing';
export * from './pilot';
export * from './recipient-scope';
export * from './report';
export * from './report-cli';
export * from './report-message';
export * from './rules';
export * from './send-cli';
export * from './sheets';
