// The site check's index: the nodes of a site's pages by `@id`, page after page, and the
// conflicts between them (site.ts reads the pages and hands each here).
import type { CheckContext } from "./context.js";
import { shownApart } from "./difference.js";
import type { PageKind } from "./kinds.js";
import { ADDITIVE, keyed, sameKey, valueKey } from "./merge.js";
import type { PageReport } from "./page.js";
import type { Severity } from "./report.js";
import type { KindSummary, PageLines, SiteFinding } from "./site.js";

interface Seen {
  readonly page: string;
  readonly lines: PageLines;
  readonly block: number;
  readonly pointer: string;
  /** Its line, once a conflict asked for it. */
  line?: number;
  /** Its id, resolved: its properties are read again from its page's text when a later node has it. */
  readonly id: string;
  readonly base: string | undefined;
  /** Its properties' comparison keys, once a later node with its `@id` asked for them. */
  values?: Map<string, [string, unknown]>;
}

/** Gathers the nodes of a site's pages by `@id`, page after page, and the conflicts between them. */
export class SiteIndex {
  private readonly seen = new Map<string, Seen>();
  readonly conflicts: SiteFinding[] = [];
  private readonly kinds: Partial<Record<PageKind, KindSummary>> = {};

  /** @param severity - The severity of `graph/site-conflict` (`off`: none is kept). */
  constructor(private readonly severity: Severity | "off" = "warning") {}

  /**
   * Adds a checked page: its kind and counts to the summary, its nodes to the index. A node's
   * properties are compared, and its line found, only when another page has its `@id`.
   */
  add(name: string, report: PageReport, graph: CheckContext | undefined, lines: PageLines): void {
    const k = this.kinds[report.kind] ?? { pages: 0, errors: 0, warnings: 0, notes: 0 };
    this.kinds[report.kind] = {
      pages: k.pages + 1,
      errors: k.errors + report.errors.length,
      warnings: k.warnings + report.warnings.length,
      notes: k.notes + report.notes.length,
    };
    if (graph === undefined) return;
    const earlier = new Set<PageLines>();
    let keeps = false;
    for (const [id, node] of graph.byId) {
      const block = node.block ?? 0;
      const before = this.seen.get(id);
      if (before === undefined) {
        this.seen.set(id, { page: name, lines, block, pointer: node.pointer, id, base: graph.base });
        keeps = true;
        continue;
      }
      if (this.severity === "off") continue;
      earlier.add(before.lines);
      before.values ??= keyed(before.lines.node(before.id, before.base) ?? {}, before.base);
      // A value is keyed only when the earlier node has the property, and not when it is the same text or number.
      for (const key of Object.keys(node.value)) {
        const theirs = key.startsWith("@") || ADDITIVE.has(key) ? undefined : before.values.get(key);
        const value = node.value[key];
        if (theirs === undefined || (value === theirs[1] && typeof value !== "object")) continue;
        if (sameKey(value, theirs[1]) || theirs[0] === valueKey(value, graph.base)) continue;
        before.line ??= before.lines.line(before.block, before.pointer);
        const at = { name, line: lines.line(block, node.pointer) };
        this.conflicts.push(this.conflict(id, key, value, theirs[1], at, { page: before.page, line: before.line }));
      }
    }
    for (const page of earlier) page.release();
    if (keeps) lines.keep();
    lines.release();
  }

  private conflict(
    id: string,
    key: string,
    mine: unknown,
    theirs: unknown,
    at: { name: string; line: number },
    before: { page: string; line: number },
  ): SiteFinding {
    const [here, there] = shownApart(mine, theirs);
    return {
      code: "graph/site-conflict",
      rule: "graph/site-conflict",
      severity: this.severity as Severity,
      pointer: "",
      message: `"${id}" has ${key} ${here} here, but ${there} on ${before.page}:${before.line}: one node of the site cannot have both`,
      params: { id, key, otherPage: before.page },
      page: at.name,
      line: at.line,
      otherPage: before.page,
      otherLine: before.line,
    };
  }

  /** Pages and findings per kind so far. */
  summary(): Readonly<Partial<Record<PageKind, KindSummary>>> {
    return { ...this.kinds };
  }
}
