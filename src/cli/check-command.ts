import { readFile } from "node:fs/promises";
import { parse } from "parse5";
import { checkJsonLdText } from "../check/check.js";
import type { Finding } from "../check/report.js";
import { lineLocator } from "./locate.js";
import { assertReadableFile } from "./records.js";
import { EXIT, UsageError, type Io } from "./usage.js";

interface Block {
  readonly text: string;
  /** Line of the block's first character in the file. */
  readonly line: number;
}

type P5Node = {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
  sourceCodeLocation?: { startTag?: { endLine: number } } | null;
};

/** The application/ld+json script blocks of an HTML page, as a browser would find them. */
function jsonLdBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: P5Node): void => {
    const type = node.attrs?.find((a) => a.name === "type")?.value.trim().toLowerCase();
    if (node.tagName === "script" && type === "application/ld+json") {
      const text = (node.childNodes ?? []).map((c) => c.value ?? "").join("");
      blocks.push({ text, line: node.sourceCodeLocation?.startTag?.endLine ?? 1 });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }) as unknown as P5Node);
  return blocks;
}

/** `news-events check FILE`: the checker's findings for each JSON-LD block, with line numbers. */
export async function checkCommand(file: string, io: Io): Promise<number> {
  await assertReadableFile(file);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${String((error as NodeJS.ErrnoException).code)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const isHtml = /^\s*</.test(text);
  const blocks = isHtml ? jsonLdBlocks(text) : [{ text, line: 1 }];
  if (blocks.length === 0) {
    io.stdout(`${file}:1: error html/no-json-ld: no <script type="application/ld+json"> element\n`);
    io.stdout("1 errors, 0 warnings, 0 notes\n");
    return EXIT.invalid;
  }
  const counts = { error: 0, warning: 0, note: 0 };
  for (const block of blocks) {
    const report = checkJsonLdText(block.text);
    const findings: Finding[] = [...report.errors, ...report.warnings, ...report.notes];
    const locate = lineLocator(block.text);
    for (const f of findings) {
      counts[f.severity]++;
      const line = block.line + locate(f.pointer) - 1;
      io.stdout(`${file}:${line}: ${f.severity} ${f.rule} ${f.pointer || "/"}: ${f.message}\n`);
    }
  }
  io.stdout(`${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes\n`);
  return counts.error > 0 ? EXIT.invalid : EXIT.ok;
}
