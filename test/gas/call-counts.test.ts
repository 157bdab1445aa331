/** Batching, proven: the service calls of a menu action do not grow with the rows. */
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { generatePlan } from '../helpers/generate';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook } from '../helpers/workbook-builder';

const NOW = new Date('2025-03-01T02:00:00Z');

function callsFor(units: number, action: string): string[] {
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook(generatePlan(units)));
  const app = loadBundle(world.globals, { now: NOW });
  world.log.clear();
  app[action]!();
  // The same call on a bigger range is the same call: only the addresses may differ. A bigger output
  // may need its grid grown first: at most one insertRowsAfter per tab, checked apart.
  const calls = world.log.calls.map((call) => call.replace(/![A-Z]+\d+(:[A-Z]+\d+)?/, '!…'));
  const growth = calls.filter((call) => /\.insert(Rows|Columns)After$/.test(call));
  expect(new Set(growth).size).toBe(growth.length);
  return calls.filter((call) => !growth.includes(call));
}

// Reads: one per input tab (7), whatever the action.
test.each([
  ['validateData', 7],
  ['generateReport', 7],
  ['suggestBudget', 7],
  ['setUpWorkbook', 7],
] as const)('%s makes the same service calls for 20 units as for 400, with %i reads', (action, reads) => {
  const small = callsFor(20, action);
  const large = callsFor(400, action);
  expect(large).toEqual(small);
  expect(small.filter((call) => call.endsWith('.getValues')).length).toBe(reads);
});

// Tab names and ids are asked once per tab, never once per finding or per row.
test.each(['validateData', 'generateReport', 'getFindingsForSidebar'] as const)(
  '%s asks each tab its name and id as often for 400 units as for 20',
  (action) => {
    const lookups = (units: number) => {
      const world = createWorld();
      loadRawWorkbook(world, buildWorkbook(generatePlan(units)));
      const app = loadBundle(world.globals, { now: NOW });
      world.log.clear();
      app[action]!();
      return world.log.lookups;
    };
    expect(lookups(400)).toEqual(lookups(20));
  },
);
