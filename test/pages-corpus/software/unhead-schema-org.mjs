// Renders the page unhead-schema-org.html: what @unhead/schema-org (the installed version, with the
// unhead it depends on) emits for the inputs of its own README (defineWebSite, defineWebPage,
// defineArticle, defineOrganization), on a site at https://example.com. The test
// test/check/pages-corpus.test.ts holds that the committed page is what this script renders;
// `node test/pages-corpus/software/unhead-schema-org.mjs > test/pages-corpus/software/unhead-schema-org.html`
// writes it again after an upgrade.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
// @unhead/schema-org carries the unhead it is built for (its own dependency); use that one, not the project's.
const schemaOrgEntry = require.resolve("@unhead/schema-org");
const unheadServer = createRequire(schemaOrgEntry).resolve("unhead/server");

/** The page, as text: the head unhead renders, in a minimal HTML document. */
export async function renderUnheadPage() {
  const { createHead, renderSSRHead } = await import(pathToFileURL(unheadServer).href);
  const schemaOrg = await import(pathToFileURL(schemaOrgEntry).href);
  const { UnheadSchemaOrg, useSchemaOrg, defineWebSite, defineWebPage, defineArticle, defineOrganization } = schemaOrg;
  const head = createHead({
    plugins: [UnheadSchemaOrg({ host: "https://example.com", path: "/blog/how-to-use-schema-org", inLanguage: "en" })],
  });
  useSchemaOrg(head, [
    defineOrganization({
      name: "My Company",
      url: "https://mycompany.com",
      logo: "https://mycompany.com/logo.png",
      sameAs: ["https://twitter.com/mycompany", "https://linkedin.com/company/mycompany"],
    }),
    defineWebSite({ name: "My Website", url: "https://example.com" }),
    defineWebPage({ title: "About Us", description: "Learn more about our company" }),
    defineArticle({
      headline: "How to use Schema.org",
      description: "Learn how to implement schema.org",
      author: { name: "John Doe", url: "https://johndoe.com" },
      datePublished: "2023-01-01",
      dateModified: "2023-01-15",
    }),
  ]);
  const rendered = await renderSSRHead(head);
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n${rendered.headTags}\n</head>\n<body>\n${rendered.bodyTags}\n</body>\n</html>\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.stdout.write(await renderUnheadPage());
