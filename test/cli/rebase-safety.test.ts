import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateDocument } from "../../src/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-rebase-"));
const doc = canonicalDocument();
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const edited = `Updated at 10:00. ${doc.body}`;

describe("rebase --write never loses the user's document (issue 21)", () => {
  test("a write that fails (a file size limit, as a full disk) leaves the document whole", () => {
    const path = file("limited.json", JSON.stringify(doc, null, 2));
    const before = readFileSync(path, "utf8");
    const body = file("limited.txt", edited);
    // ulimit -f 8: no file may grow past 8 KiB; the document is about 40 KB. Node ignores SIGXFSZ,
    // so the write fails with EFBIG. Before: the document was cut to 8 KiB of broken JSON.
    const run = spawnSync(
      "bash",
      [
        "-c",
        'ulimit -f 8 && exec "$0" "$@"',
        process.execPath,
        repoPath("dist/cli.cjs"),
        "rebase",
        path,
        "--body",
        body,
        "--write",
      ],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`news-events: ${path}: cannot write \\(EFBIG\\); it was left as it was\\n$`));
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  test("the written document keeps the file's permissions, and a link stays a link", () => {
    const path = file("mode.json", JSON.stringify(doc));
    chmodSync(path, 0o640);
    const link = join(dir, "link.json");
    symlinkSync(path, link);
    expect(runCli(["rebase", link, "--body", file("mode.txt", edited), "--write"]).code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect((JSON.parse(readFileSync(link, "utf8")) as { body: string }).body).toBe(edited);
    expect(validateDocument(JSON.parse(readFileSync(path, "utf8"))).ok).toBe(true);
  });

  test("rebase - --write is a usage error: there is no file to write (it created one named -)", () => {
    const run = spawnSync(
      process.execPath,
      [repoPath("dist/cli.cjs"), "rebase", "-", "--body", file("s.txt", edited), "--write"],
      {
        cwd: dir,
        input: JSON.stringify(doc),
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("news-events: rebase --write needs DOC to be a file, not - (standard input)\n");
    expect(existsSync(join(dir, "-"))).toBe(false);
  });
});

describe("rebase reads the new body as validate reads input: UTF-8 only, without a BOM (issue 21)", () => {
  const path = file("doc.json", JSON.stringify(doc));

  test("a Latin-1 body is refused (it was stored with U+FFFD, exit 0)", () => {
    const body = file("latin1.txt", Buffer.from(`Mis à jour. ${doc.body}`, "latin1"));
    const run = runCli(["rebase", path, "--body", body]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`news-events: ${body}: is not valid UTF-8; save the article text as UTF-8\n`);
  });

  test("a UTF-8 BOM is not part of the body (it was kept as U+FEFF, and every span moved by one)", () => {
    const run = runCli(["rebase", path, "--body", file("bom.txt", `\ufeff${doc.body}`)]);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n").at(-1)).toBe("0 moved, 0 lost");
    expect((JSON.parse(run.stdout) as { body: string }).body).toBe(doc.body);
  });
});
