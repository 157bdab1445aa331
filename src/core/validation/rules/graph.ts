/** Cycle detection over "points to" relations (parent units, task dependencies). */

/**
 * Every cycle reachable in `edges`, each once, as the path that closes it (["A", "B", "A"]).
 * A cycle is reported starting from its member that comes first in `order`. Nodes that are not keys
 * of `edges` (unknown codes, reported elsewhere) are ignored. Iterative: a chain of thousands of
 * units must not exhaust the call stack.
 */
export function findCycles(
  order: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const rank = new Map<string, number>();
  order.forEach((node, index) => {
    if (!rank.has(node)) rank.set(node, index);
  });
  const rankOf = (node: string) => rank.get(node) ?? Number.MAX_SAFE_INTEGER;
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const seen = new Set<string>();

  const record = (members: string[]): void => {
    const key = [...members].sort().join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    let start = 0;
    for (let i = 1; i < members.length; i++) if (rankOf(members[i]!) < rankOf(members[start]!)) start = i;
    const rotated = [...members.slice(start), ...members.slice(0, start)];
    cycles.push([...rotated, rotated[0]!]);
  };

  for (const root of order) {
    if (state.has(root) || !edges.has(root)) continue;
    // The path from the root, each entry with the index of its next edge to follow.
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    const onPath = new Map<string, number>([[root, 0]]);
    state.set(root, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.node) ?? [];
      if (top.next >= targets.length) {
        stack.pop();
        onPath.delete(top.node);
        state.set(top.node, 'done');
        continue;
      }
      const next = targets[top.next++]!;
      if (!edges.has(next)) continue;
      const nextState = state.get(next);
      if (nextState === 'visiting') {
        record(stack.slice(onPath.get(next)!).map((entry) => entry.node));
      } else if (nextState === undefined) {
        state.set(next, 'visiting');
        onPath.set(next, stack.length);
        stack.push({ node: next, next: 0 });
      }
    }
  }
  return cycles;
}
