// Meeting and Coup written with ArkType (which compiles its checks with `new Function`): the
// shapes of the published schemas (bench/peers/constraints.mjs), each named definition one ArkType
// type reused wherever it is referenced.
import { type } from "arktype";
import { buildPeer, regex, uniqueItems, versionOf } from "./constraints.mjs";

function build(shape, ref) {
  switch (shape.kind) {
    case "ref":
      return ref(shape.name);
    case "object": {
      const def = { "+": "reject" };
      for (const { key, shape: s, required } of shape.props) def[required ? key : `${key}?`] = build(s, ref);
      return type(def);
    }
    case "string": {
      let s = shape.pattern !== undefined ? type(regex(shape.pattern)) : type("string");
      if (shape.minLength !== undefined) s = s.atLeastLength(shape.minLength);
      if (shape.maxLength !== undefined) s = s.atMostLength(shape.maxLength);
      return s;
    }
    case "number": {
      let n = type(shape.integer ? "number.integer" : "number");
      if (shape.minimum !== undefined) n = n.atLeast(shape.minimum);
      if (shape.maximum !== undefined) n = n.atMost(shape.maximum);
      return n;
    }
    case "boolean":
      return type("boolean");
    case "literal":
      return type.enumerated(...shape.values);
    case "union":
      return shape.of.map((s) => build(s, ref)).reduce((a, b) => a.or(b));
    case "array": {
      let a = build(shape.items, ref).array();
      if (shape.minItems !== undefined) a = a.atLeastLength(shape.minItems);
      return shape.uniqueItems ? a.narrow(uniqueItems) : a;
    }
    default:
      throw new Error(`arktype peer: no ${shape.kind}`);
  }
}

const { meeting, coup } = buildPeer(build);
export default {
  name: `ArkType ${versionOf("arktype")}`,
  eval: true,
  meeting: (x) => meeting.allows(x),
  coup: (x) => coup.allows(x),
};
