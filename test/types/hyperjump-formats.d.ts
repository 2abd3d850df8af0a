// Side-effect import: registers Hyperjump's format validators (see hyperjump-json-schema.d.ts).
export {};
