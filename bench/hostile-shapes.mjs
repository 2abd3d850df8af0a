// Hostile shapes: inputs built to make work grow with the square of their size, one per defect of
// that kind found in the library (issue 27, rounds 11 and 12), each timed at n and 8n items. Per
// item, the cost at 8n ÷ the cost at n is about 1 when the work grows with the input and about 8
// when it grows with its square: a run shows a defect of this kind coming back. The tests hold
// each fix by counting work; this table shows its time, end to end, as a user pays it.

/** The canonical document as parsed JSON (a fresh copy). */
const fresh = (doc) => JSON.parse(JSON.stringify(doc));
const pad = (k, width = 6) => String(k).padStart(width, "0");
const coupOf = (doc) => doc.events.find((event) => event.kind === "Coup");
/** The document without quotes, claims and verifications, which point at particular events. */
const withoutStatements = (d) => {
  for (const key of ["quotes", "claims", "verifications"]) delete d[key];
};

/**
 * The shapes: what each grows, the entry point that reads it, and `make(doc, n)` → the input, then
 * `run(lib, input)` → a promise or a value (timed until settled); `n`, where given, the smaller
 * size for that shape (a size where the work it guards against would show).
 */
export const HOSTILE_SHAPES = [
  {
    name: "entities with numbered ids (`person-000017`)",
    entry: "validateDocument",
    make: (doc, n) => {
      const d = fresh(doc);
      for (let i = 0; i < n; i++) d.entities.push({ type: "person", id: `person-${pad(i)}`, name: `Person ${i}` });
      return d;
    },
    run: (lib, d) => lib.validateDocument(d),
  },
  {
    name: "evidence spans, every one wrong, over a long body",
    entry: "validateDocument",
    make: (doc, n) => {
      const d = fresh(doc);
      d.body = "lorem ipsum dolor sit amet xxxxx ".repeat(n * 8);
      withoutStatements(d);
      const strip = (value) => {
        if (Array.isArray(value)) value.forEach(strip);
        else if (value && typeof value === "object")
          for (const key of Object.keys(value)) {
            if (key === "evidence" || key === "mentions") delete value[key];
            else strip(value[key]);
          }
      };
      strip(d);
      d.events[0].evidence = Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: "lorem" }));
      return d;
    },
    run: (lib, d) => lib.validateDocument(d),
  },
  {
    name: "made-up keys on one event (a wide record)",
    entry: "validateEvent",
    // Each key is an error. An object of up to 200 keys gets hints in each message (a bounded
    // square); past 200 none, where each error's explanation used to list every key.
    n: 250,
    make: (doc, n) => ({
      ...fresh(doc).events[0],
      ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])),
    }),
    run: (lib, e) => lib.validateEvent(e),
  },
  {
    name: "a chain of events, each part of the next",
    entry: "validateDocument",
    n: 250,
    make: (doc, n) => {
      const d = fresh(doc);
      const meeting = d.events[0];
      delete meeting.advances;
      withoutStatements(d);
      d.events = Array.from({ length: n }, (_, i) => ({
        ...structuredClone(meeting),
        id: `m-${pad(i)}`,
        ...(i + 1 < n && { relations: [{ relation: "part-of", target: `m-${pad(i + 1)}` }] }),
      }));
      return d;
    },
    run: (lib, d) => lib.validateDocument(d),
  },
  {
    name: "every entity given twice (duplicate ids)",
    entry: "validateDocument",
    make: (doc, n) => {
      const d = fresh(doc);
      for (let i = 0; i < n; i++) d.entities.push({ type: "person", id: `person-${i % (n / 2)}`, name: `P ${i}` });
      return d;
    },
    run: (lib, d) => lib.validateDocument(d),
  },
  {
    name: "a coup with coded initiators (uniqueItems)",
    entry: "validateEvent",
    make: (doc, n) => ({
      ...coupOf(fresh(doc)),
      initiators: Array.from({ length: n }, (_, i) => ({ scheme: "wikidata", code: `Q${i + 1}`, label: `term ${i}` })),
    }),
    run: (lib, e) => lib.validateEvent(e),
  },
  {
    name: "arrests of one person with as many dated detentions",
    entry: "validateDocument",
    make: (doc, n) => {
      const d = fresh(doc);
      const coup = coupOf(d);
      d.entities.push({ type: "person", id: "held", name: "Held" });
      coup.participants = [{ entity: "held", role: "ousted", fate: ["detained"], fateHistory: [] }];
      coup.steps = [];
      for (let i = 0; i < n; i++) {
        const value = `2022-10-${pad(1 + Math.floor(i / 1440), 2)}`;
        const time = `${pad(Math.floor((i % 1440) / 60), 2)}:${pad(i % 60, 2)}Z`;
        const date = { text: "that day", value, time, precision: "day", method: "explicit" };
        coup.participants[0].fateHistory.push({ fate: ["detained"], date });
        coup.steps.push({ id: `arrest-${i}`, action: "arrest", target: "held", date });
      }
      return d;
    },
    run: (lib, d) => lib.validateDocument(d),
  },
  {
    name: "evidence spans re-placed in an edited body",
    entry: "rebaseEvidence",
    make: (doc, n) => {
      const d = fresh(doc);
      const body = d.body;
      d.body = Array.from({ length: Math.ceil(n / 2) }, () => body).join("\n");
      const spans = d.events[0].evidence;
      d.events[0].evidence = Array.from({ length: n }, (_, i) => {
        const span = spans[i % spans.length];
        const shift = Math.floor(i / spans.length) * (body.length + 1);
        return { ...span, start: span.start + shift, end: span.end + shift };
      });
      return { doc: d, body: `Inserted. ${d.body}` };
    },
    run: (lib, { doc, body }) => lib.rebaseEvidence(doc, body),
  },
  {
    name: "numbered meetings (the JSON-LD id map)",
    entry: "toJsonLd",
    make: (doc, n) => {
      const d = fresh(doc);
      const meeting = d.events[0];
      delete meeting.advances;
      withoutStatements(d);
      d.events = Array.from({ length: n }, (_, i) => ({ ...structuredClone(meeting), id: `evt-${pad(i)}` }));
      return d;
    },
    run: (lib, d) => lib.toJsonLdScript(lib.toJsonLd(d)),
  },
  {
    name: "articles with their images, in one graph",
    entry: "checkJsonLd",
    make: (_doc, n) => ({
      "@context": "https://schema.org",
      "@graph": Array.from({ length: n }, (_, i) => ({
        "@type": "NewsArticle",
        "@id": `https://x.example/a${i}`,
        headline: `h${i}`,
        image: [`https://x.example/${i}-1x1.jpg`, `https://x.example/${i}-4x3.jpg`],
      })),
    }),
    run: (lib, graph) => lib.checkJsonLd(graph),
  },
  {
    name: "node objects of one `@id`",
    entry: "checkJsonLd",
    make: (_doc, n) => ({
      "@context": "https://schema.org",
      "@graph": Array.from({ length: n }, (_, i) => ({
        "@id": "https://x.example/#a",
        "@type": `T${i}`,
        name: `n${i}`,
      })),
    }),
    run: (lib, graph) => lib.checkJsonLd(graph),
  },
  {
    name: "unknown keys on one node of a page (a finding each)",
    entry: "checkHtmlPage",
    make: (_doc, n) =>
      `<!doctype html><html><head><title>x</title><script type="application/ld+json">${JSON.stringify({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "h",
        ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])),
      })}</script></head><body></body></html>`,
    run: (lib, page) => lib.checkHtmlPage(page),
  },
];

/** Milliseconds of this process's CPU time `fn` takes, until what it returns settles. */
async function cpuMs(fn) {
  const start = process.cpuUsage();
  await fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * Each shape at `n` and `factor × n` items, and the growth per item: (large / (factor × n)) ÷
 * (small / n). Each time is the least of `runs` samples after two untimed runs (for the compiler);
 * a sample of the small input runs it `factor` times, so that both sizes are timed over the same
 * number of items and a few milliseconds of noise weigh the same on both.
 */
export async function hostileGrowth(lib, doc, { n = 1000, factor = 8, runs = 3 } = {}) {
  const rows = [];
  for (const shape of HOSTILE_SHAPES) {
    const base = Math.min(n, shape.n ?? n);
    const [small, large] = [base, base * factor].map((size) => shape.make(doc, size));
    const least = async (input, times) => {
      for (let w = 0; w < 2; w++) await shape.run(lib, input);
      let best = Infinity;
      for (let r = 0; r < runs; r++) {
        const ms = await cpuMs(async () => {
          for (let k = 0; k < times; k++) await shape.run(lib, input);
        });
        best = Math.min(best, ms / times);
      }
      return best;
    };
    const smallMs = await least(small, factor);
    const largeMs = await least(large, 1);
    rows.push({
      name: shape.name,
      entry: shape.entry,
      n: base,
      factor,
      smallMs,
      largeMs,
      growth: largeMs / factor / smallMs,
    });
  }
  return rows;
}
