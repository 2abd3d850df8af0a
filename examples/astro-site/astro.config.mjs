import { defineConfig } from "astro/config";

// A static build (Astro's default output): every article page is rendered to dist/ at build time,
// JSON-LD included, so the built HTML is what `news-events check dist` reads.
export default defineConfig({
  site: "https://news.example.org",
  trailingSlash: "always",
  build: { format: "directory" },
  // The example reads no images and needs no image service.
  image: { service: { entrypoint: "astro/assets/services/noop" } },
  telemetry: false,
});
