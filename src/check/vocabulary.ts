import { CLASSES, MEMBERS, PROPERTIES, SCHEMAORG_VERSION } from "../generated/schemaorg-vocabulary.js";

interface Term {
  readonly pending: boolean;
  /** Direct superclasses (classes), domains (properties) or types (enumeration members). */
  readonly related: readonly string[];
}

function parse(table: string): Map<string, Term> {
  const map = new Map<string, Term>();
  for (const entry of table.split("|")) {
    const pending = entry.startsWith("~");
    const [name = "", related = ""] = (pending ? entry.slice(1) : entry).split(":");
    map.set(name, { pending, related: related === "" ? [] : related.split(",") });
  }
  return map;
}

/** The pinned schema.org vocabulary, parsed on first use. */
export class Vocabulary {
  /** The schema.org release. */
  readonly version = SCHEMAORG_VERSION;
  private readonly classes = parse(CLASSES);
  private readonly properties = parse(PROPERTIES);
  private readonly members = parse(MEMBERS);
  private readonly ancestry = new Map<string, ReadonlySet<string>>();

  isClass(name: string): boolean {
    return this.classes.has(name);
  }

  isProperty(name: string): boolean {
    return this.properties.has(name);
  }

  isMember(name: string): boolean {
    return this.members.has(name);
  }

  /** The pending names, as a class, else a property, else a member (a name's first table decides): a small set, asked for every key of every node. */
  private readonly pending = new Set(
    [...this.classes.keys(), ...this.properties.keys(), ...this.members.keys()].filter(
      (name) => (this.classes.get(name) ?? this.properties.get(name) ?? this.members.get(name))?.pending,
    ),
  );

  isPending(name: string): boolean {
    return this.pending.has(name);
  }

  /** The class and all its superclasses. */
  lineage(name: string): ReadonlySet<string> {
    const known = this.ancestry.get(name);
    if (known) return known;
    const out = new Set<string>();
    const stack = [name];
    while (stack.length > 0) {
      const current = stack.pop() ?? "";
      if (out.has(current)) continue;
      out.add(current);
      stack.push(...(this.classes.get(current)?.related ?? []));
    }
    // Only the vocabulary's own classes are remembered: any other name (any text a page gives as a
    // type) is its own lineage, made again when asked, and the map stays as small as the vocabulary.
    if (this.classes.has(name)) this.ancestry.set(name, out);
    return out;
  }

  /** True when `name` is `ancestor` or one of its subclasses. */
  isA(name: string, ancestor: string): boolean {
    return this.lineage(name).has(ancestor);
  }

  /** True when the property's domain includes one of the types or their superclasses. */
  inDomain(property: string, types: readonly string[]): boolean {
    for (const t of types) if (this.typeTakes(t, property)) return true;
    return false;
  }

  /** Per type, per property: whether the property's domain includes the type (a site asks the same pairs on every page). */
  private readonly takes = new Map<string, Map<string, boolean>>();
  private pairs = 0;

  private typeTakes(type: string, property: string): boolean {
    let known = this.takes.get(type);
    const cached = known?.get(property);
    if (cached !== undefined) return cached;
    const domains = this.properties.get(property)?.related ?? [];
    const takes = domains.some((d) => this.isA(type, d));
    // Bounded, whatever names a hostile input asks about: only the vocabulary's own names are
    // remembered (their number and length are the vocabulary's), and at most 100,000 pairs.
    if (this.pairs < 100_000 && this.classes.has(type) && this.properties.has(property)) {
      if (known === undefined) this.takes.set(type, (known = new Map()));
      known.set(property, takes);
      this.pairs++;
    }
    return takes;
  }
}

let shared: Vocabulary | undefined;

/** The vocabulary, parsed once. */
export function vocabulary(): Vocabulary {
  shared ??= new Vocabulary();
  return shared;
}
