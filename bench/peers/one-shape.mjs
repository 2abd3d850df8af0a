// Run as `node one-shape.mjs PEER.mjs ROUNDS`: times one implementation's check of the canonical
// meeting against `JSON.parse` of its text, in a process that has met no other input (a feed of
// records of one shape). In bench/run.mjs every implementation first meets the gate's 46 events,
// whose many shapes leave each property read of the shared code looking among them (V8's
// megamorphic inline caches); here each read has one shape to expect. Prints one JSON line: the
// interleaved result of the check ({ ratio, low, high, ns }).
import { interleaved } from "../interleave.mjs";
import { gateInputs } from "./gate.mjs";
import { richDocument } from "../rich-document.mjs";

const { burkinaFasoRussia } = await import(new URL("../../dist/examples.js", import.meta.url).href);
const peer = (await import(process.argv[2])).default;
const meeting = gateInputs(structuredClone(burkinaFasoRussia), richDocument(burkinaFasoRussia)).find(
  (input) => input.name === "the canonical meeting",
).value;
if (!peer.meeting(meeting)) throw new Error(`${peer.name} refuses the canonical meeting`);
const text = JSON.stringify(meeting);
const rounds = Number(process.argv[3] ?? 21);
const result = interleaved({ parse: () => JSON.parse(text), check: () => peer.meeting(meeting) }, "parse", { rounds });
console.log(JSON.stringify(result.check));
