/**
 * Validation: safe functions that return issues, assert variants that throw one error class, and
 * type guards. The validators are precompiled Ajv standalone code: no eval or `new Function`.
 *
 * @module news-events/validate
 */
export {
  validateDocument,
  validateEvent,
  assertDocument,
  assertEvent,
  isNewsDocument,
  isNewsEvent,
  isMeeting,
  isCoup,
  isPartnership,
} from "./validate.js";
export { NewsEventsError, isNewsEventsError } from "../core/error.js";
export { documentSchema, eventSchema, meetingSchema, coupSchema, partnershipSchema } from "./standard-schema.js";
export {
  formatIssue,
  MAX_ISSUES,
  type FormatIssueOptions,
  type Issue,
  type IssueCode,
  type Problem,
  type ProblemParams,
  type ValidationResult,
} from "../core/issue.js";
export {
  toPointer,
  parsePointer,
  resolvePointer,
  escapePointerSegment,
  type PointerResolution,
} from "../core/pointer.js";
export { createValidator, type NewsEventsValidator, type NewsDocumentWith, type OfKind } from "./kinds.js";
export type { KindDefinition, KindField, KindFieldCheck, KindValidator, KindValidatorError } from "../core/kinds.js";
