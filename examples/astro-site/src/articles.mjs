// The site's articles: in a real site, a content collection or a CMS. Here, the library's own
// example documents: the canonical article and the live coverage of the Wagner mutiny.
import { burkinaFasoRussia } from "news-events/examples";
import live from "../../wagner-mutiny-live/document.json" with { type: "json" };

/** Each article with the slug of its page (the last segment of its canonical URL). */
export const articles = [burkinaFasoRussia, live].map((doc) => ({
  slug: new URL(doc.url).pathname.split("/").filter(Boolean).at(-1),
  doc,
}));
