import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

// Published patterns run in other people's engines (Python's re, Ajv with allErrors, Java), most
// of them backtracking and without our maxLength-first order: each must be linear in any
// engine. recheck analyses a regular expression's backtracking cost without running it on a clock.

/** Every `pattern` in the published schemas, with where it is. */
function schemaPatterns(): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${where}/${i}`));
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (k === "pattern" && typeof v === "string") out.push({ where, source: v });
        else visit(v, `${where}/${k}`);
      }
    }
  };
  for (const file of readdirSync(repoPath("schemas")).filter((f) => f.endsWith(".json"))) {
    visit(JSON.parse(readFileSync(repoPath(`schemas/${file}`), "utf8")), file);
  }
  return out;
}

/** Every regular-expression literal in the library's source (src/, generated code included). */
function sourceRegexes(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(repoPath(dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const file = ts.createSourceFile(path, readFileSync(repoPath(path), "utf8"), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(file);
            const slash = text.lastIndexOf("/");
            out.push({ where: `${path}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
          }
          ts.forEachChild(node, visit);
        };
        visit(file);
      }
    }
  };
  walk("src");
  return out;
}

/**
 * recheck's limits in steps only: its defaults also stop each phase after a time, so on a loaded
 * machine a phase cut short gave another verdict (src/core/text-rules.ts's MERGED_NAMES "polynomial"
 * under load, "safe" alone); counted in steps, a verdict is the same on any machine.
 */
const STEPS_ONLY = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

/** What recheck found, without its (long) attack string. */
function verdict(result: ReturnType<typeof checkSync>): string {
  return result.status === "vulnerable" ? `${result.complexity.type}: pump ${JSON.stringify(result.attack.pumps)}` : result.status;
}

describe("every published pattern is linear in a backtracking engine", () => {
  const patterns = schemaPatterns();
  test("the schemas have patterns to check", () => expect(patterns.length).toBeGreaterThanOrEqual(8));
  test.each(patterns)("$where: $source", ({ source }) => {
    const result = checkSync(source, "", STEPS_ONLY);
    expect(result.status, verdict(result)).toBe("safe");
  });
});

describe("every regular expression in the library is linear", () => {
  const regexes = sourceRegexes();
  test("the source has regular expressions to check", () => expect(regexes.length).toBeGreaterThanOrEqual(20));
  test.each(regexes)("$where: /$source/$flags", ({ source, flags }) => {
    const result = checkSync(source, flags.replace(/[gy]/g, ""), STEPS_ONLY);
    expect(result.status, verdict(result)).toBe("safe");
  });
});

describe("the Url pattern accepts only what browsers read as the same http(s) URL", () => {
  const defs = JSON.parse(readFileSync(repoPath("schemas/defs.json"), "utf8")) as { $defs: { Url: { pattern: string } } };
  const url = new RegExp(defs.$defs.Url.pattern);
  const browserHost = (text: string): string | undefined => {
    try {
      const parsed = new URL(text);
      return parsed.username === "" && parsed.password === "" ? parsed.hostname : undefined;
    } catch {
      return undefined;
    }
  };

  test.each([
    ["https://news.example.org/2023/11/08/a-story/?ref=x#top", true],
    ["http://bücher.example/straße", true],
    ["https://www.wikidata.org/wiki/Q965", true],
    ["https://news.example.org:8443/a", true],
    ["https://news.example.org/a%20b", true],
    ["https://news.example.org\u0000/", false],
    ["https://[::1", false],
    ["https://[::1]/", false],
    ["https://news.example.org/%zz", false],
    ["https://news.example.org:99999/", false],
    ["https://news.example.org:0/", false],
    ["https://user:pass@news.example.org/", false],
    ["https://evil.example\\@news.example.org/", false],
    ["https://evil.example/\\@news.example.org/", false],
    ["https://192.168.0.1/", false],
    ["https://999.1.1.1/", false],
    ["https://localhost/", false],
    ["javascript:alert(1)//news.example.org/", false],
    ["https://news.example.org/a b", false],
    ["https://news.example.org/<script>", false],
    ["https://news.example.org/\u2028", true],
    // issue 21: a host must read as what it is — no bidi controls, invisible or private-use characters.
    ["https://news.example\u202eorg.com/", false],
    ["https://news\u200b.example.org/", false],
    ["https://ne\u00adws.example.org/", false],
    ["https://news.example.org\ufeff/", false],
    ["https://news.\u2066example.org/", false],
    ["https://news.\ue000example.org/", false],
    ["https://news\ufe0f.example.org/", false],
    ["https://新闻.example.cn/", true],
  ] as const)("%j → %s", (text, expected) => {
    expect(url.test(text)).toBe(expected);
  });

  test("whatever the pattern accepts, new URL() parses to a host the text names, without credentials", () => {
    const piece = fc.constantFrom("a", "é", "-", ".", "/", ":", "@", "\\", "%", "2", "0", "f", "?", "#", "[", "]", " ", "\u0000", "<", "\"", "\u202e", "\u200b", "\u00ad", "\u2066", "\ufeff");
    fc.assert(
      fc.property(fc.constantFrom("http://", "https://"), fc.array(piece, { maxLength: 24 }).map((p) => p.join("")), (scheme, rest) => {
        const text = `${scheme}${rest}`;
        if (!url.test(text)) return;
        const host = browserHost(text);
        expect(host, text).toBeDefined();
        // The host browsers connect to is the one written before the first /, ?, # or :.
        const written = rest.split(/[/?#:]/)[0] ?? "";
        expect(host, text).toBe(new URL(`${scheme}${written}`).hostname);
      }),
      { numRuns: 20_000 },
    );
  });
});
