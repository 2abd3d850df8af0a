// Edits of third-party output (json-schema-to-typescript's, Ajv standalone's) fail closed: when an
// upgrade changes the text a rewrite looks for, generation stops and names the rewrite, instead of
// shipping the unrewritten text.

/**
 * `text.replace(pattern, replacement)`, throwing when `pattern` matches nothing. `what` names the
 * rewrite in the error.
 *
 * @example
 * rewrite("strip the banner", code, /^"use strict";/, ""); // throws if code does not start with it
 */
export function rewrite(what, text, pattern, replacement) {
  const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
  if (!probe.test(text))
    throw new Error(
      `generate: the rewrite "${what}" found nothing to rewrite (${pattern}): did a dependency change its output?`,
    );
  return text.replace(pattern, replacement);
}
