// A document with `n` events for the scaling figures: the canonical document's events copied in
// groups, each copy's event and step ids (and the references to them) suffixed so that every id
// stays unique and every reference still resolves inside its group; a reference to an event left
// out (n below the canonical five) is dropped. Entities, sources and the body are shared; quotes,
// claims and verifications (which point at particular events) are left out, so only events grow.
export function scaledDocument(base, n) {
  const own = new Set();
  for (const event of base.events) {
    own.add(event.id);
    for (const step of event.steps ?? []) own.add(step.id);
  }
  const renamed = (value, k) => {
    if (typeof value === "string") return own.has(value) ? `${value}-${k}` : value;
    if (Array.isArray(value)) return value.map((item) => renamed(item, k));
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renamed(item, k)]));
    return value;
  };
  const events = [];
  for (let k = 0; events.length < n; k++) {
    for (const event of base.events) if (events.length < n) events.push(k === 0 ? event : renamed(event, k));
  }
  const kept = new Set(events.flatMap((e) => [e.id, ...(e.steps ?? []).map((s) => s.id)]));
  const dangling = (value) => typeof value === "string" && own.has(value.replace(/-\d+$/, "")) && !kept.has(value);
  const pruned = (value) => {
    if (Array.isArray(value)) return value.filter((item) => !dangling(item)).map(pruned);
    if (value !== null && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, item]) => !dangling(item))
          .map(([key, item]) => [key, pruned(item)]),
      );
    return value;
  };
  const { quotes, claims, verifications, ...rest } = base;
  return { ...rest, events: events.map(pruned) };
}
