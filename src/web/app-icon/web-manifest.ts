import { iconPath, THEME_COLOUR } from "./app-icon.ts";

/** The installable app (»Føj til hjemmeskærm« on the iPad): it opens on the staff area. */
export function webManifest() {
  return {
    name: "Referat",
    short_name: "Referat",
    lang: "da",
    dir: "ltr",
    start_url: "/app",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOUR,
    background_color: "#ffffff",
    icons: [
      { src: iconPath("ikon-192.png"), sizes: "192x192", type: "image/png", purpose: "any" },
      { src: iconPath("ikon-512.png"), sizes: "512x512", type: "image/png", purpose: "any" },
      {
        src: iconPath("ikon-maskable-512.png"),
        sizes: "512x512",
        type: "image/png",
        purpose: "maskable",
      },
    ],
  };
}
