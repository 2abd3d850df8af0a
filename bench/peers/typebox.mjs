// Meeting and Coup written with TypeBox and compiled by its TypeCompiler (`new Function`): the
// shapes of the published schemas (bench/peers/constraints.mjs), each named definition one TypeBox
// schema reused wherever it is referenced.
import { Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { buildPeer, versionOf } from "./constraints.mjs";

const defined = (options) => Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));

function build(shape, ref) {
  switch (shape.kind) {
    case "ref":
      return ref(shape.name);
    case "object":
      return Type.Object(
        Object.fromEntries(
          shape.props.map(({ key, shape: s, required }) => [
            key,
            required ? build(s, ref) : Type.Optional(build(s, ref)),
          ]),
        ),
        { additionalProperties: false },
      );
    case "string":
      return Type.String(defined({ pattern: shape.pattern, minLength: shape.minLength, maxLength: shape.maxLength }));
    case "number":
      return (shape.integer ? Type.Integer : Type.Number)(defined({ minimum: shape.minimum, maximum: shape.maximum }));
    case "boolean":
      return Type.Boolean();
    case "literal":
      return shape.values.length === 1
        ? Type.Literal(shape.values[0])
        : Type.Union(shape.values.map((value) => Type.Literal(value)));
    case "union":
      return Type.Union(shape.of.map((s) => build(s, ref)));
    case "array":
      return Type.Array(
        build(shape.items, ref),
        defined({ minItems: shape.minItems, uniqueItems: shape.uniqueItems || undefined }),
      );
    default:
      throw new Error(`typebox peer: no ${shape.kind}`);
  }
}

const { meeting, coup } = buildPeer(build);
const compiledMeeting = TypeCompiler.Compile(meeting);
const compiledCoup = TypeCompiler.Compile(coup);
export default {
  name: `TypeBox ${versionOf("@sinclair/typebox")} TypeCompiler`,
  eval: true,
  meeting: (x) => compiledMeeting.Check(x),
  coup: (x) => compiledCoup.Check(x),
};
