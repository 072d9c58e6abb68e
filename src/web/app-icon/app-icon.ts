import { contentVersion } from "../content-version.ts";
import { encodePng } from "./png.ts";

/** The header's blue (--blue in style.css): the installed app's colour and its icon's. */
export const THEME_COLOUR = "#004d99";
const BLUE = [0x00, 0x4d, 0x99] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The letter R on a 5×7 grid, the icon's mark. */
const GLYPH = ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"];

export const ICON_FILES = {
  "ikon-192.png": { size: 192, maskable: false },
  "ikon-512.png": { size: 512, maskable: false },
  "ikon-maskable-512.png": { size: 512, maskable: true },
  "apple-touch-icon.png": { size: 180, maskable: false },
  /** The browser tab's icon; also answers /favicon.ico, which a browser asks for by itself. */
  "ikon-32.png": { size: 32, maskable: false },
} as const;
export type IconFile = keyof typeof ICON_FILES;

export function isIconFile(name: string): name is IconFile {
  return Object.hasOwn(ICON_FILES, name);
}

/**
 * The app icon drawn at start-up (no image files to keep in step): white R on the header's
 * blue. A maskable icon keeps the letter inside the middle 60 %, the safe zone a platform's
 * mask never cuts; the others fill more of the square.
 */
function drawIcon(size: number, maskable: boolean): Buffer {
  // Whole pixels per cell, so that the strokes of a small icon (the tab's) are even.
  const cell = Math.max(1, Math.round((size * (maskable ? 0.45 : 0.6)) / GLYPH.length));
  const letterHeight = cell * GLYPH.length;
  const left = (size - cell * 5) / 2;
  const top = (size - letterHeight) / 2;
  return encodePng(size, (x, y) => {
    const col = Math.floor((x - left) / cell);
    const row = Math.floor((y - top) / cell);
    const on = row >= 0 && row < GLYPH.length && col >= 0 && col < 5 && GLYPH[row]?.[col] === "#";
    return on ? WHITE : BLUE;
  });
}

const drawn = new Map<IconFile, { png: Buffer; version: string }>();

export function appIcon(name: IconFile): { png: Buffer; version: string } {
  const cached = drawn.get(name);
  if (cached) return cached;
  const { size, maskable } = ICON_FILES[name];
  const png = drawIcon(size, maskable);
  const icon = { png, version: contentVersion(png) };
  drawn.set(name, icon);
  return icon;
}

export function iconPath(name: IconFile): string {
  return `/assets/ikoner/${name}?v=${appIcon(name).version}`;
}
