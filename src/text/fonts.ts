/**
 * CSS font stack of every label on the canvas. Arimo first: its metrics are the ones
 * src/text measures with, and Arial's are the same. Set `font-kerning: none` next to it:
 * the measure has no kerning, and a kerned line can come out a little narrower or wider.
 */
export const FONT_FAMILY = 'Arimo, Arial, "Liberation Sans", Helvetica, sans-serif';

/**
 * Font family of an exported SVG's `<text>`: Arial first, because Word, LibreOffice and
 * Inkscape on Windows and macOS have it, then its metric twins on Linux (DESIGN.md).
 */
export const SVG_FONT_FAMILY = 'Arial, Arimo, Liberation Sans, Helvetica, sans-serif';
