// Run as `node --disallow-code-generation-from-strings eval-probe.mjs PEER.mjs`: loads a peer and
// passes it through the gate with code generation from strings forbidden. Prints one JSON line:
// { works: true } or { works: false, error }.
import { gateInputs, runGate } from "./gate.mjs";
// The reference here is Ajv's standalone code for the same schemas (news-events' own
// precompiled check): Ajv compiling at run time is itself what the flag forbids.
import { check_event as reference } from "../../src/generated/check-validators.js";
import { richDocument } from "../rich-document.mjs";

const { burkinaFasoRussia } = await import(new URL("../../dist/examples.js", import.meta.url).href);
try {
  const peer = (await import(process.argv[2])).default;
  runGate([peer], reference, gateInputs(structuredClone(burkinaFasoRussia), richDocument(burkinaFasoRussia)));
  console.log(JSON.stringify({ works: true }));
} catch (error) {
  console.log(JSON.stringify({ works: false, error: `${error.name}: ${error.message}`.slice(0, 160) }));
}
