import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";

/**
 * A runtime-compiling Ajv for draft 2020-12 with formats: what a consumer who brings their own
 * validator would use. (ajv-formats is CommonJS: its plugin is the module's `default`.)
 */
export function createAjv(options: { allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: options.allErrors ?? false });
  ajvFormats.default(ajv);
  return ajv;
}
