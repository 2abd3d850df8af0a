import { once } from "node:events";
import { SAXParser } from "parse5-sax-parser";
import { checkJsonLdText } from "../check/check.js";
import type { Finding } from "../check/report.js";
import { lineLocator } from "./locate.js";
import { outLine } from "./output.js";
import { DEFAULT_MAX_RECORD_BYTES, openInput } from "./records.js";
import { EXIT, type Io } from "./usage.js";

/** Options of `news-events check`. */
export interface CheckCommandOptions {
  /** The largest JSON-LD block (or JSON-LD file) read, in UTF-16 code units of text. */
  readonly maxRecordBytes?: number;
  /** Findings printed per file; the others are counted in one line. */
  readonly maxFindings?: number;
}

/** One JSON-LD text to check: a script element's content, or a whole JSON-LD file. */
interface Block {
  readonly text: string;
  /** Line of the block's first character in the file. */
  readonly line: number;
  /** Set when the block was longer than the limit: its length, and `text` is empty. */
  readonly overlong?: number;
}

/** Gathers the text of one script element, dropping it once it passes the limit. */
class BlockText {
  private parts: string[] = [];
  private length = 0;
  constructor(
    readonly line: number,
    private readonly max: number,
  ) {}
  add(text: string): void {
    this.length += text.length;
    if (this.length <= this.max) this.parts.push(text);
    else this.parts = [];
  }
  /** True once the text has passed the limit: the rest need not be read. */
  get over(): boolean {
    return this.length > this.max;
  }
  block(): Block {
    return this.over ? { text: "", line: this.line, overlong: this.length } : { text: this.parts.join(""), line: this.line };
  }
}

/**
 * The application/ld+json script blocks of an HTML page, as a browser's tokenizer finds them,
 * read as a stream: no tree is built, so neither a 45 MB page nor 6,000 nested elements can
 * exhaust memory or the stack. Each block is handed on as soon as it ends.
 */
async function htmlBlocks(first: string, rest: AsyncIterable<string>, max: number, onBlock: (block: Block) => void): Promise<void> {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  let current: BlockText | undefined;
  parser.on("startTag", (tag) => {
    const type = tag.attrs.find((a) => a.name === "type")?.value.trim().toLowerCase();
    if (tag.tagName === "script" && type === "application/ld+json") current = new BlockText(tag.sourceCodeLocation?.endLine ?? 1, max);
  });
  parser.on("text", (text) => current?.add(text.text));
  parser.on("endTag", (tag) => {
    if (tag.tagName !== "script" || !current) return;
    onBlock(current.block());
    current = undefined;
  });
  // The parser passes its input through as output: let it flow away instead of piling up.
  parser.resume();
  parser.write(first);
  for await (const chunk of rest) parser.write(chunk);
  parser.end();
  await once(parser, "finish");
  // A script element still open at the end of the file holds text too, as in a browser.
  if (current) onBlock(current.block());
}

/** Decodes a byte stream as UTF-8 text, chunk by chunk (a character split across chunks is kept whole). */
async function* utf8Chunks(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail !== "") yield tail;
}

/** Prints one file's findings, at most `max`, then says how many were left out. */
class FindingPrinter {
  readonly counts = { error: 0, warning: 0, note: 0 };
  private printed = 0;
  constructor(
    private readonly io: Io,
    private readonly file: string,
    private readonly max: number,
  ) {}
  print(line: number, f: Pick<Finding, "severity" | "rule" | "pointer" | "message">): void {
    this.counts[f.severity]++;
    if (this.printed++ < this.max) outLine(this.io, `${this.file}:${line}: ${f.severity} ${f.rule} ${f.pointer || "/"}: ${f.message}`);
  }
  block(block: Block, max: number): void {
    if (block.overlong !== undefined) {
      this.print(block.line, { severity: "error", rule: "json/too-large", pointer: "", message: `is more than ${max.toLocaleString("en")} characters of JSON-LD, the limit (--max-record-bytes raises it)` });
      return;
    }
    const report = checkJsonLdText(block.text);
    const findings = [...report.errors, ...report.warnings, ...report.notes];
    if (findings.length === 0) return;
    const locate = lineLocator(block.text);
    for (const f of findings) this.print(block.line + locate(f.pointer) - 1, f);
  }
  summary(): void {
    const left = this.printed - this.max;
    if (left > 0) outLine(this.io, `${this.file}: … ${left.toLocaleString("en")} more findings not shown (--max-findings raises the limit)`);
    outLine(this.io, `${this.counts.error} errors, ${this.counts.warning} warnings, ${this.counts.note} notes`);
  }
}

/** `news-events check FILE`: the checker's findings for each JSON-LD block, with line numbers. */
export async function checkCommand(file: string, options: CheckCommandOptions, io: Io): Promise<number> {
  const maxText = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const printer = new FindingPrinter(io, file, options.maxFindings ?? 200);
  const chunks = utf8Chunks(await openInput(file, io.stdin))[Symbol.asyncIterator]();
  // The first characters decide: markup is a page, anything else a JSON-LD file.
  let head = "";
  while (head.trimStart() === "" && head.length <= maxText) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  const rest = { [Symbol.asyncIterator]: () => chunks };
  let blocks = 0;
  if (head.trimStart().startsWith("<")) {
    await htmlBlocks(head, rest, maxText, (block) => {
      blocks++;
      printer.block(block, maxText);
    });
    if (blocks === 0) printer.print(1, { severity: "error", rule: "html/no-json-ld", pointer: "", message: 'no <script type="application/ld+json"> element' });
  } else {
    const text = new BlockText(1, maxText);
    text.add(head);
    for await (const chunk of rest) {
      text.add(chunk);
      // A JSON-LD file over the limit is one finding whatever follows (and /dev/zero never ends).
      if (text.over) break;
    }
    printer.block(text.block(), maxText);
  }
  printer.summary();
  return printer.counts.error > 0 ? EXIT.invalid : EXIT.ok;
}
