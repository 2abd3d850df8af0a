// Ajv compiling the published schemas at run time (with `new Function`): the gate's reference,
// and a peer in the timings.
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { versionOf } from "./constraints.mjs";

const dir = new URL("../../schemas/", import.meta.url);
const ajv = new Ajv2020({ strict: true, discriminator: true });
ajvFormats.default(ajv);
for (const file of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
const event = ajv.getSchema("https://unpkg.com/news-events@0/schemas/event.json");

export default {
  name: `Ajv ${versionOf("ajv")} compiled at run time (the published schemas)`,
  eval: true,
  meeting: (x) => event(x),
  coup: (x) => event(x),
};
