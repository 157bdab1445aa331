#!/usr/bin/env node

const { join } = require('node:path');
const { existsSync } = require('node:fs');

const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('daihoi: chưa build. Chạy "npm run build" trước.\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`daihoi: lỗi không mong đợi: ${error?.message ? error.message : error}\n`);
      process.exitCode = 2;
    },
  );
