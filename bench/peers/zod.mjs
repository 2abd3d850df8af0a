// Meeting and Coup written with zod 4: the shapes of the published schemas
// (bench/peers/constraints.mjs), each named definition one zod schema reused wherever it is
// referenced; the coded Term a z.discriminatedUnion. zod 4 compiles object shapes with
// `new Function` when it may (and falls back when it may not).
import { z } from "zod";
import { buildPeer, regex, uniqueItems, versionOf } from "./constraints.mjs";

function build(shape, ref) {
  switch (shape.kind) {
    case "ref":
      return ref(shape.name);
    case "object":
      return z.strictObject(
        Object.fromEntries(
          shape.props.map(({ key, shape: s, required }) => [key, required ? build(s, ref) : build(s, ref).optional()]),
        ),
      );
    case "string": {
      let s = z.string();
      if (shape.minLength !== undefined) s = s.min(shape.minLength);
      if (shape.maxLength !== undefined) s = s.max(shape.maxLength);
      if (shape.pattern !== undefined) s = s.regex(regex(shape.pattern));
      return s;
    }
    case "number": {
      let n = z.number();
      if (shape.integer) n = n.int();
      if (shape.minimum !== undefined) n = n.min(shape.minimum);
      if (shape.maximum !== undefined) n = n.max(shape.maximum);
      return n;
    }
    case "boolean":
      return z.boolean();
    case "literal":
      return shape.values.length === 1 ? z.literal(shape.values[0]) : z.enum(shape.values);
    case "union": {
      const of = shape.of.map((s) => build(s, ref));
      return shape.discriminator ? z.discriminatedUnion(shape.discriminator, of) : z.union(of);
    }
    case "array": {
      let a = z.array(build(shape.items, ref));
      if (shape.minItems !== undefined) a = a.min(shape.minItems);
      return shape.uniqueItems ? a.refine(uniqueItems) : a;
    }
    default:
      throw new Error(`zod peer: no ${shape.kind}`);
  }
}

const { meeting, coup } = buildPeer(build);
export default {
  name: `zod ${versionOf("zod")}`,
  eval: true,
  meeting: (x) => meeting.safeParse(x).success,
  coup: (x) => coup.safeParse(x).success,
};
