// Meeting and Coup written with valibot (no eval): the shapes of the published schemas
// (bench/peers/constraints.mjs), each named definition one valibot schema reused wherever it is
// referenced; the coded Term a v.variant on its scheme.
import * as v from "valibot";
import { buildPeer, regex, uniqueItems, versionOf } from "./constraints.mjs";

function build(shape, ref) {
  switch (shape.kind) {
    case "ref":
      return ref(shape.name);
    case "object":
      return v.strictObject(
        Object.fromEntries(
          shape.props.map(({ key, shape: s, required }) => [key, required ? build(s, ref) : v.optional(build(s, ref))]),
        ),
      );
    case "string": {
      const actions = [];
      if (shape.minLength !== undefined) actions.push(v.minLength(shape.minLength));
      if (shape.maxLength !== undefined) actions.push(v.maxLength(shape.maxLength));
      if (shape.pattern !== undefined) actions.push(v.regex(regex(shape.pattern)));
      return actions.length > 0 ? v.pipe(v.string(), ...actions) : v.string();
    }
    case "number": {
      const actions = [];
      if (shape.integer) actions.push(v.integer());
      if (shape.minimum !== undefined) actions.push(v.minValue(shape.minimum));
      if (shape.maximum !== undefined) actions.push(v.maxValue(shape.maximum));
      return actions.length > 0 ? v.pipe(v.number(), ...actions) : v.number();
    }
    case "boolean":
      return v.boolean();
    case "literal":
      return shape.values.length === 1 ? v.literal(shape.values[0]) : v.picklist(shape.values);
    case "union": {
      const of = shape.of.map((s) => build(s, ref));
      return shape.discriminator ? v.variant(shape.discriminator, of) : v.union(of);
    }
    case "array": {
      const actions = [];
      if (shape.minItems !== undefined) actions.push(v.minLength(shape.minItems));
      if (shape.uniqueItems) actions.push(v.check(uniqueItems));
      const array = v.array(build(shape.items, ref));
      return actions.length > 0 ? v.pipe(array, ...actions) : array;
    }
    default:
      throw new Error(`valibot peer: no ${shape.kind}`);
  }
}

const { meeting, coup } = buildPeer(build);
export default {
  name: `valibot ${versionOf("valibot")}`,
  eval: false,
  meeting: (x) => v.safeParse(meeting, x).success,
  coup: (x) => v.safeParse(coup, x).success,
};
