/**
 * The built bundle as Apps Script sees it: what runs at load time, what onOpen may touch before the
 * user has authorised anything, and that every menu item is a real global function that works.
 */
import vm from 'node:vm';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import { loud } from '../fakes/loud';
import { AuthMode } from '../fakes/services';
import type { BuiltMenu } from '../fakes/ui';
import { type BundleGlobals, builtHtml, bundleSource, loadBundle } from '../helpers/load-bundle';
import { buildWorkbook } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-01T02:00:00Z');
const SERVICES = [
  'SpreadsheetApp',
  'LockService',
  'PropertiesService',
  'ScriptApp',
  'MailApp',
  'Utilities',
  'HtmlService',
  'Session',
];

/** A service that is there but refuses every use, as in AuthMode.NONE. */
function forbidden(name: string): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`${name}.${String(property)} used without authorisation`);
      },
    },
  );
}

function menuOf(world: FakeWorld): BuiltMenu {
  expect(world.ui.menus).toHaveLength(1);
  return world.ui.menus[0]!;
}

function itemsOf(menu: BuiltMenu) {
  return menu.items.filter((item) => item !== 'separator');
}

function fullWorld(): { world: FakeWorld; app: BundleGlobals } {
  const world = createWorld({ html: builtHtml() });
  loadRawWorkbook(world, buildWorkbook());
  return { world, app: loadBundle(world.globals, { now: NOW }) };
}

test('loading the bundle calls no service at all', () => {
  const globals = Object.fromEntries(SERVICES.map((name) => [name, forbidden(name)]));
  expect(() => loadBundle(globals)).not.toThrow();
  const { world } = fullWorld();
  expect(world.log.calls).toEqual([]);
});

test('the bundle runs with no Node global: no require, process, Buffer or timers', () => {
  const { app } = fullWorld();
  for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'setInterval', 'module', 'global']) {
    expect(vm.runInContext(`typeof ${name}`, app as vm.Context)).toBe('undefined');
  }
});

test('onOpen in AuthMode.NONE needs only the Ui and the AuthMode enum', () => {
  const world = createWorld();
  const globals: Record<string, unknown> = Object.fromEntries(
    SERVICES.map((name) => [name, forbidden(name)]),
  );
  globals.SpreadsheetApp = loud({ getUi: () => loud(world.ui, 'Ui') }, 'SpreadsheetApp (AuthMode.NONE)');
  globals.ScriptApp = loud({ AuthMode }, 'ScriptApp (AuthMode.NONE)');
  const app = loadBundle(globals);
  app.onOpen!({ authMode: AuthMode.NONE });
  const menu = menuOf(world);
  expect(menu.addon).toBe(true);
  expect(itemsOf(menu).map((item) => item.label)).toContain('Kiểm tra dữ liệu');
});

test.each([AuthMode.LIMITED, AuthMode.FULL])(
  'onOpen in AuthMode.%s adds the Đại hội điểm menu and nothing else',
  (authMode) => {
    const { world, app } = fullWorld();
    app.onOpen!({ authMode });
    const menu = menuOf(world);
    expect(menu).toMatchObject({ title: 'Đại hội điểm', addon: false });
    expect(world.log.calls).toEqual(['Ui.createMenu(Đại hội điểm)']);
  },
);

test('onInstall shows the menu at once, like onOpen', () => {
  const { world, app } = fullWorld();
  app.onInstall!({ authMode: AuthMode.FULL });
  expect(menuOf(world).title).toBe('Đại hội điểm');
});

test('the menu starts with Kiểm tra dữ liệu, and every item is a top-level function of Code.js', () => {
  const { world, app } = fullWorld();
  app.onOpen!({ authMode: AuthMode.FULL });
  const items = itemsOf(menuOf(world));
  expect(items[0]).toEqual({ label: 'Kiểm tra dữ liệu', functionName: 'validateData' });
  expect(new Set(items.map((item) => item.label)).size).toBe(items.length);
  const source = bundleSource();
  for (const { functionName } of items) {
    expect(functionName).toMatch(/^[a-z][A-Za-z]+$/);
    expect(source).toMatch(new RegExp(`^function ${functionName}\\(`, 'm'));
    expect(typeof app[functionName]).toBe('function');
  }
});

describe('every menu item, called by the name the menu gives, works on a clean workbook', () => {
  const { world, app } = fullWorld();
  app.onOpen!({ authMode: AuthMode.FULL });
  const items = itemsOf(menuOf(world));

  test.each(items.map((item) => [item.label, item.functionName]))('%s (%s)', (_label, functionName) => {
    const { world: fresh, app: bundle } = fullWorld();
    fresh.ui.answers = ['YES', 'YES', 'YES'];
    bundle[functionName]!();
    const said = [...fresh.ui.alerts.map((alert) => alert.message), ...fresh.ui.dialogs.map((d) => d.title)];
    expect(said.length).toBeGreaterThan(0);
    for (const message of said) expect(message).not.toMatch(/lỗi không mong đợi/);
    expect(fresh.logged).toEqual([]);
    expect(fresh.lock.holder).toBeNull();
  });
});
