// The part of @hyperjump/json-schema's draft-2020-12 API the tests use. Its own declarations pull
// in @hyperjump/browser 1.x, whose index.d.ts does not compile under skipLibCheck: false (a
// parameter initializer in a declaration, TS2371), and this project type-checks libraries too;
// tsconfig.json maps the import here for type-checking only. The runtime is the real package.

/** A compiled schema: validates one instance. */
export type Validator = (instance: unknown) => { valid: boolean };

/** Adds a schema under its `$id` (or `retrievalUri`). */
export function registerSchema(schema: object, retrievalUri?: string): void;

/** Whether `format` is asserted (true) or only annotated. */
export function setShouldValidateFormat(isEnabled: boolean | undefined): void;

/** Compiles the schema registered at `uri`. */
export function validate(uri: string): Promise<Validator>;
