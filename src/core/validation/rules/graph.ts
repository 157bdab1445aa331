/** Cycle detection over "points to" relations (parent units, task dependencies). */

/**
 * One cycle per knot of `edges` (a set of nodes each reachable from every other), as the path that
 * closes it (["A", "B", "A"]): the shortest cycle through the knot's member that comes first in
 * `order`. Knots are listed in that same order. Nodes that are not keys of `edges` (unknown codes,
 * reported elsewhere) are ignored.
 *
 * Linear in nodes plus edges and iterative (Tarjan's strongly connected components, then one
 * breadth-first search inside each knot): a chain of 50.000 units or a web of dependencies that
 * loops back at every step must neither exhaust the call stack nor take quadratic time.
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
  const cycles: { start: string; path: string[] }[] = [];
  for (const knot of knotsOf(order, edges)) {
    let start = knot[0]!;
    for (const member of knot) if (rankOf(member) < rankOf(start)) start = member;
    const path = shortestCycle(start, new Set(knot), edges);
    if (path) cycles.push({ start, path });
  }
  cycles.sort((a, b) => rankOf(a.start) - rankOf(b.start));
  return cycles.map((cycle) => cycle.path);
}

/** Strongly connected components (Tarjan), iteratively; single nodes only with an edge to themselves. */
function knotsOf(order: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const open = new Set<string>();
  const pending: string[] = [];
  const knots: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    pending.push(node);
    open.add(node);
  };
  for (const root of order) {
    if (index.has(root) || !edges.has(root)) continue;
    visit(root);
    // The depth-first path, each entry with the index of its next edge to follow.
    const path: { node: string; next: number }[] = [{ node: root, next: 0 }];
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const targets = edges.get(top.node)!;
      if (top.next < targets.length) {
        const next = targets[top.next++]!;
        if (!edges.has(next)) continue;
        if (!index.has(next)) {
          visit(next);
          path.push({ node: next, next: 0 });
        } else if (open.has(next)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(next)!));
        }
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const knot: string[] = [];
      let member: string;
      do {
        member = pending.pop()!;
        open.delete(member);
        knot.push(member);
      } while (member !== top.node);
      if (knot.length > 1 || targets.includes(top.node)) knots.push(knot);
    }
  }
  return knots;
}

/** The shortest path from `start` back to itself inside `members` (breadth-first). */
function shortestCycle(
  start: string,
  members: ReadonlySet<string>,
  edges: ReadonlyMap<string, readonly string[]>,
): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let step: string | null = node; step !== null; step = cameFrom.get(step)!) path.push(step);
        return path.reverse();
      }
      if (!members.has(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, node);
      queue.push(next);
    }
  }
  return null;
}
