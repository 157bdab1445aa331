/** Cycle detection over "points to" relations (parent units, task dependencies). */

/**
 * Every cycle reachable in `edges`, each once, as the path that closes it (["A", "B", "A"]).
 * A cycle is reported starting from its member that comes first in `order`.
 */
export function findCycles(
  order: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const stack: string[] = [];

  const visit = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      const nextState = state.get(next);
      if (nextState === 'visiting') {
        const members = stack.slice(stack.indexOf(next));
        const key = [...members].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          const start = members.reduce((best, member) =>
            order.indexOf(member) < order.indexOf(best) ? member : best,
          );
          const rotated = [
            ...members.slice(members.indexOf(start)),
            ...members.slice(0, members.indexOf(start)),
          ];
          cycles.push([...rotated, start]);
        }
      } else if (nextState === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const node of order) if (!state.has(node)) visit(node);
  return cycles;
}
