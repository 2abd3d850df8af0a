import { foreignContent, html, Token, Tokenizer, TokenizerMode, type TokenHandler } from "parse5";
import { LINES_HOLD, plainRun, skipPlain, type LineCount } from "./plain-runs.js";

// The HTML tokenizer the page reader runs on: parse5's own `Tokenizer` (what parse5-sax-parser
// wraps in a Node stream, which browser bundlers cannot resolve), fed by hand and told what a tree
// builder would tell it (script text is script data, SVG and MathML are foreign content), with its
// memory bounded between writes whatever a single token holds.

const $ = html.TAG_ID;
const NS = html.NS;

/** The longest tag name, attribute name or value, comment or doctype field kept, in UTF-16 code units: 64 Ki. */
export const MAX_TOKEN_PART = 64 * 1024;

/**
 * The tokenizer states (parse5 8.1's numbering; `TokenizerMode` anchors it, see `NUMBERING_HOLDS`)
 * in which an open token holds nothing but its name, attributes or data already taken from the
 * input: the input read so far can be dropped without changing what the token becomes. Not the
 * character-reference states, which read back into the input.
 */
const RELEASABLE = new Set([
  7, // tag name
  31, // before attribute name
  32, // attribute name
  33, // after attribute name
  34, // before attribute value
  35, // attribute value (double-quoted)
  36, // attribute value (single-quoted)
  37, // attribute value (unquoted)
  38, // after attribute value (quoted)
  39, // self-closing start tag
  40, // bogus comment
  42, // comment start
  43, // comment start dash
  44, // comment
  45, // comment less-than sign
  46, // comment less-than sign bang
  47, // comment less-than sign bang dash
  48, // comment less-than sign bang dash dash
  49, // comment end dash
  50, // comment end
  51, // comment end bang
  54, // doctype name
  58, // doctype public identifier (double-quoted)
  59, // doctype public identifier (single-quoted)
  64, // doctype system identifier (double-quoted)
  65, // doctype system identifier (single-quoted)
  67, // bogus doctype
]);

/** The exported modes sit where the numbering above expects them; otherwise nothing is released (correct, unbounded). */
const NUMBERING_HOLDS =
  (TokenizerMode.DATA as number) === 0 &&
  (TokenizerMode.PLAINTEXT as number) === 4 &&
  (TokenizerMode.CDATA_SECTION as number) === 68;

const cap = (text: string): string => (text.length > MAX_TOKEN_PART ? text.slice(0, MAX_TOKEN_PART) : text);

/**
 * parse5's tokenizer that, between writes, lets go of the input an open token has already read: a
 * 30 MB attribute value (or tag name, comment, doctype) no longer keeps 30 MB of input and 30 MB
 * of value. Parts over {@link MAX_TOKEN_PART} are cut to it; a tag with a cut part is remembered.
 * In text (data, RCDATA, raw text, script data), a run of characters that the state emits as they
 * are is taken in one step, not one character at a time (most of a page's bytes are its scripts,
 * its JSON-LD among them): the same text, in fewer and longer character tokens.
 */
class BoundedTokenizer extends Tokenizer {
  /** Tags of which some name or value was cut: their attributes are not what the page says. */
  readonly cut = new WeakSet<object>();

  /**
   * Emits the current character `cp` and the plain run after it as one character token, moving the
   * input past them; false (nothing done) when `cp` is not itself a plain character of the text.
   */
  private takeRun(cp: number, ampersand: boolean): boolean {
    const input = this.preprocessor;
    if (cp !== input.html.charCodeAt(input.pos) || cp === 0x3c || cp === 0 || cp === 0x0d || (cp & 0xf800) === 0xd800)
      return false;
    if (ampersand && cp === 0x26) return false;
    // The token's kind follows the first character (the reader reads both kinds as text).
    this._emitCodePoint(cp);
    // Emitting the token before may have dropped the input read so far: html and pos are read after it.
    const length = plainRun(input.html, input.pos + 1, ampersand);
    if (length > 0) {
      if (LINES_HOLD) {
        skipPlain(input as unknown as LineCount, length);
        this.consumedAfterSnapshot += length;
      }
      // The preprocessor's own steps (slower): its line count stays its own.
      else this._advanceBy(length);
      this.runEnd = input.pos + 1;
    }
    return true;
  }

  protected override _stateData(cp: number): void {
    if (!this.takeRun(cp, true)) super._stateData(cp);
  }

  protected override _stateRcdata(cp: number): void {
    if (!this.takeRun(cp, true)) super._stateRcdata(cp);
  }

  protected override _stateRawtext(cp: number): void {
    if (!this.takeRun(cp, false)) super._stateRawtext(cp);
  }

  protected override _stateScriptData(cp: number): void {
    if (!this.takeRun(cp, false)) super._stateScriptData(cp);
  }

  /**
   * parse5 8.1 goes back to the `&` of a reference that turned out to be none by setting the
   * position, not by `retreat()`: when a chunk ended inside the reference, the character read after
   * it (the next chunk's first) stays marked as a line end when that was an LF, and the line was
   * counted twice (every later tag one line low). The character at the `&` ends no line.
   */
  protected override _stateCharacterReference(): void {
    const input = this.preprocessor as unknown as LineCount;
    const before = input.pos;
    super._stateCharacterReference();
    if (LINES_HOLD && input.pos < before) input.isEol = false;
  }

  /** Called between writes (never inside one): emits finished text, and releases an open token's input. */
  release(): void {
    this.flushCurrentCharacterToken();
    const token = this.currentToken;
    const input = this.preprocessor;
    if (token === null || !NUMBERING_HOLDS || !RELEASABLE.has(this.state) || !input.willDropParsedChunk()) return;
    // Take the pending run into the token, then drop the input before the current character: the
    // run starts again after it, in the shortened input.
    this._flushRun("");
    input.dropParsedChunk();
    this.runStart = this.runEnd = input.pos + 1;
    if (token.type === Token.TokenType.COMMENT) token.data = cap(token.data);
    else if (token.type === Token.TokenType.DOCTYPE) {
      if (token.name !== null) token.name = cap(token.name);
      if (token.publicId !== null) token.publicId = cap(token.publicId);
      if (token.systemId !== null) token.systemId = cap(token.systemId);
    } else if (token.type === Token.TokenType.START_TAG || token.type === Token.TokenType.END_TAG) {
      const attr = this.currentAttr;
      if (Math.max(token.tagName.length, attr.name.length, attr.value.length) > MAX_TOKEN_PART) this.cut.add(token);
      token.tagName = cap(token.tagName);
      attr.name = cap(attr.name);
      attr.value = cap(attr.value);
    }
  }
}

/** A start tag as the reader sees it. */
export interface StartTag {
  /** The tag name, lower case (SVG names in their camel case). */
  readonly name: string;
  /** An attribute's value, undefined when absent. */
  attr(name: string): string | undefined;
  /** True when some name or value of the tag was over {@link MAX_TOKEN_PART} and cut. */
  readonly cut: boolean;
  /** The line the tag ends on, from 1. */
  readonly endLine: number;
  /** The column just after the tag's `>`, from 1: where its text starts. */
  readonly endColumn: number;
}

/** What the page reader is told, in document order. */
export interface TokenSink {
  startTag(tag: StartTag): void;
  endTag(name: string): void;
  text(text: string): void;
}

/**
 * Token handler that does for the tokenizer what parse5's tree builder would (after
 * parse5-sax-parser's `ParserFeedbackSimulator`): switches it to script data, raw text or RCDATA
 * after such a start tag, and tracks SVG and MathML foreign content, where `<script>` and
 * `<style>` hold markup and CDATA sections are allowed.
 */
class FeedbackHandler implements TokenHandler {
  // No location objects (one per token, most of the garbage of a page): the line a start tag
  // ends on is the preprocessor's line when the tag is emitted, which it counts anyway.
  readonly tokenizer = new BoundedTokenizer({ sourceCodeLocationInfo: false }, this);
  private readonly namespaces: html.NS[] = [NS.HTML];

  constructor(private readonly sink: TokenSink) {}

  private get inForeign(): boolean {
    return this.namespaces[0] !== NS.HTML;
  }

  private enter(namespace: html.NS): void {
    this.namespaces.unshift(namespace);
    this.tokenizer.inForeignNode = this.inForeign;
  }

  private leave(): void {
    this.namespaces.shift();
    this.tokenizer.inForeignNode = this.inForeign;
  }

  onStartTag(token: Token.TagToken): void {
    let id = token.tagID;
    if (id === $.SVG) this.enter(NS.SVG);
    else if (id === $.MATH) this.enter(NS.MATHML);
    if (this.inForeign) {
      if (foreignContent.causesExit(token)) this.leave();
      else {
        const namespace = this.namespaces[0] as html.NS;
        if (namespace === NS.MATHML) foreignContent.adjustTokenMathMLAttrs(token);
        else if (namespace === NS.SVG) {
          foreignContent.adjustTokenSVGTagName(token);
          foreignContent.adjustTokenSVGAttrs(token);
        }
        foreignContent.adjustTokenXMLAttrs(token);
        id = token.tagID;
        if (!token.selfClosing && foreignContent.isIntegrationPoint(id, namespace, token.attrs)) this.enter(NS.HTML);
      }
    } else this.setMode(id);
    const attrs = token.attrs;
    this.sink.startTag({
      name: token.tagName,
      attr: (name) => attrs.find((a) => a.name === name)?.value,
      cut: this.tokenizer.cut.has(token),
      endLine: this.tokenizer.preprocessor.line,
      // As parse5 sets a token's endCol when it emits it (the column after its ">").
      endColumn: this.tokenizer.preprocessor.col + 1,
    });
  }

  /** The content model of an HTML element, as the tree builder sets it. */
  private setMode(id: html.TAG_ID): void {
    if (id === $.TEXTAREA || id === $.TITLE) this.tokenizer.state = TokenizerMode.RCDATA;
    else if (id === $.PLAINTEXT) this.tokenizer.state = TokenizerMode.PLAINTEXT;
    else if (id === $.SCRIPT) this.tokenizer.state = TokenizerMode.SCRIPT_DATA;
    else if (RAWTEXT.has(id)) this.tokenizer.state = TokenizerMode.RAWTEXT;
  }

  onEndTag(token: Token.TagToken): void {
    let id = token.tagID;
    if (!this.inForeign) {
      const previous = this.namespaces[1];
      const adjusted = previous === NS.SVG ? foreignContent.SVG_TAG_NAMES_ADJUSTMENT_MAP.get(token.tagName) : undefined;
      if (adjusted) id = html.getTagID(adjusted);
      // Leaving an integration point (an SVG <foreignObject>, a MathML <mi>…) back into foreign content.
      if (previous !== undefined && foreignContent.isIntegrationPoint(id, previous, token.attrs)) this.leave();
    } else if ((id === $.SVG && this.namespaces[0] === NS.SVG) || (id === $.MATH && this.namespaces[0] === NS.MATHML))
      this.leave();
    if (this.namespaces[0] === NS.SVG) foreignContent.adjustTokenSVGTagName(token);
    this.sink.endTag(token.tagName);
  }

  onCharacter(token: Token.CharacterToken): void {
    this.sink.text(token.chars);
  }

  onWhitespaceCharacter(token: Token.CharacterToken): void {
    this.sink.text(token.chars);
  }

  onNullCharacter(token: Token.CharacterToken): void {
    // In foreign content a NUL is U+FFFD, as the tree builder inserts it.
    this.sink.text(this.inForeign ? "\ufffd".repeat(token.chars.length) : token.chars);
  }

  onComment(): void {}
  onDoctype(): void {}
  onEof(): void {}
}

/** Elements whose content is raw text (with scripting on, as in a browser, `<noscript>` too). */
const RAWTEXT = new Set<html.TAG_ID>([$.STYLE, $.IFRAME, $.XMP, $.NOEMBED, $.NOFRAMES, $.NOSCRIPT]);

/**
 * Tokenizes an HTML page given in chunks, telling `sink` its start tags, end tags and text. Memory
 * stays bounded by the chunk size and {@link MAX_TOKEN_PART}, whatever the page.
 *
 * @example
 * ```ts
 * await tokenizeHtml(["<title>a</title>"], { startTag: (t) => console.log(t.name), endTag() {}, text() {} });
 * // logs "title"
 * ```
 */
export async function tokenizeHtml(chunks: AsyncIterable<string> | Iterable<string>, sink: TokenSink): Promise<void> {
  const { tokenizer } = new FeedbackHandler(sink);
  for await (const chunk of chunks) {
    tokenizer.write(chunk, false);
    tokenizer.release();
  }
  tokenizer.write("", true);
}
