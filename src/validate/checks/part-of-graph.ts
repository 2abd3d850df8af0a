import type { EventRelation, NewsEvent } from "../../generated/types.js";
import { NONE } from "./context.js";

/*
 * The part-of relations of a document's events as a graph, for the cycle check (relations.ts).
 * Each event's own walk along its part-of chain, with a search of the event list at every step,
 * cost a chain of 1,000 events 2.8 s and one of 4,000 events 173 s; a chain of 16,000 exhausted
 * the stack and the valid document was refused. Here the graph is made once, the events on a
 * cycle are found once (Tarjan's strongly connected components, iteratively), and only those
 * walk, iteratively too.
 */

/** What one event id leads to: the first event of that id, and the ids it is directly part of. */
interface Node {
  readonly event: NewsEvent;
  readonly targets: readonly string[];
}

/**
 * The part-of graph of a document's events, with the ids of the events on a cycle of it.
 *
 * @example
 * ```ts
 * const graph = PartOfGraph.of(doc.events ?? []);
 * graph.mayReturnTo(doc.events[0]); // => false for an event whose part-of chain ends
 * ```
 */
export class PartOfGraph {
  private constructor(
    private readonly nodes: ReadonlyMap<string, Node>,
    private readonly cyclic: ReadonlySet<string>,
  ) {}

  /** The graph of `events` (the first event of an id is that id's, as a reference finds it). */
  static of(events: readonly NewsEvent[]): PartOfGraph {
    const nodes = new Map<string, Node>();
    for (const event of events) if (!nodes.has(event.id)) nodes.set(event.id, { event, targets: targetsOf(event) });
    return new PartOfGraph(nodes, cyclicIds(nodes));
  }

  /**
   * False when no part-of chain from `event`'s relations can come back to its id: true for an
   * event on a cycle, and for a second event of an id (whose relations are not the graph's).
   */
  mayReturnTo(event: NewsEvent): boolean {
    return this.nodes.get(event.id)?.event !== event || this.cyclic.has(event.id);
  }

  /**
   * Walks from `from` along part-of relations, depth first in the relations' order, each id once
   * (`seen` is shared between walks): true as soon as `goal` is met, with `through` holding the
   * ids on the way (from `from`); else false, `through` as it was.
   */
  walkBack(from: string, goal: string, seen: Set<string>, through: string[]): boolean {
    if (from === goal) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    through.push(from);
    const frames = [{ targets: this.nodes.get(from)?.targets ?? NONE, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as (typeof frames)[number];
      if (frame.next >= frame.targets.length) {
        frames.pop();
        through.pop();
        continue;
      }
      const id = frame.targets[frame.next++] as string;
      if (id === goal) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      through.push(id);
      frames.push({ targets: this.nodes.get(id)?.targets ?? NONE, next: 0 });
    }
    return false;
  }
}

/** The ids `event` is directly part of (not itself). */
function targetsOf(event: NewsEvent): string[] {
  const targets: string[] = [];
  for (const relation of event.relations ?? NONE) {
    const { target } = relation as EventRelation;
    if (relation.relation === "part-of" && target !== undefined && target !== event.id) targets.push(target);
  }
  return targets;
}

/** The ids of every strongly connected component of more than one id (Tarjan's, with a stack of frames). */
function cyclicIds(nodes: ReadonlyMap<string, Node>): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cyclic = new Set<string>();
  const enter = (id: string) => {
    index.set(id, index.size);
    low.set(id, index.size - 1);
    stack.push(id);
    onStack.add(id);
  };
  for (const root of nodes.keys()) {
    if (index.has(root)) continue;
    enter(root);
    const frames: [id: string, next: number][] = [[root, 0]];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [string, number];
      const [id, next] = frame;
      const targets = (nodes.get(id) as Node).targets;
      if (next < targets.length) {
        frame[1] = next + 1;
        const target = targets[next] as string;
        // An id no event has leads nowhere: it closes no cycle.
        if (!nodes.has(target)) continue;
        if (!index.has(target)) {
          enter(target);
          frames.push([target, 0]);
        } else if (onStack.has(target)) low.set(id, Math.min(low.get(id) as number, index.get(target) as number));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(id) as number));
      if (low.get(id) !== index.get(id)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = member === id ? undefined : stack.pop()) {
        onStack.delete(member);
        component.push(member);
      }
      if (component.length > 1) for (const member of component) cyclic.add(member);
    }
  }
  return cyclic;
}
