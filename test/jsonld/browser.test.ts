import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { documentWithHostileText, HOSTILE_STRINGS, PAGE_ELEMENTS, pageWith } from "../helpers/hostile.js";
import { chromiumMissing, chromiumPath, testNeeding } from "../helpers/tools.js";

// A real browser: Debian's chromium, which .ci/run installs. No browser is downloaded.
const missing = chromiumMissing();
const test = testNeeding(missing);
let browser: Browser | undefined;
beforeAll(async () => {
  if (missing !== undefined) return;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

test("hostile text in every field stays inside the one ld+json element in Chromium", async () => {
  const page = await browser!.newPage();
  // Any script that ran would be an injection: record it.
  await page.addInitScript(() => {
    (window as unknown as { ran: number }).ran = 0;
  });
  for (const hostile of HOSTILE_STRINGS) {
    const graph = toJsonLd(documentWithHostileText(hostile));
    await page.setContent(pageWith(toJsonLdScript(graph)));
    const seen = await page.evaluate(() => {
      const scripts = [...document.querySelectorAll("script")];
      return {
        tags: [...document.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
        types: scripts.map((s) => s.type),
        text: scripts[0]?.textContent ?? "",
        after: document.getElementById("after")?.textContent,
      };
    });
    expect(seen.tags, JSON.stringify(hostile)).toEqual(PAGE_ELEMENTS);
    expect(seen.types).toEqual(["application/ld+json"]);
    expect(seen.after).toBe("after");
    expect(JSON.parse(seen.text)).toEqual(graph);
  }
  await page.close();
});
