/** Every file ProcMap exports, by the ending of its name. */
export type ExportFormat = 'svg' | 'png' | 'html' | 'docx' | 'csv' | 'json';

export interface ExportFormatInfo {
  /** File name ending, with the dot. */
  extension: string;
  mime: string;
  /** What the user picks in the Export menu. */
  label: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  svg: { extension: '.svg', mime: 'image/svg+xml', label: 'SVG (vector picture)' },
  png: { extension: '.png', mime: 'image/png', label: 'PNG (picture)' },
  html: { extension: '.html', mime: 'text/html', label: 'Document (HTML)' },
  docx: {
    extension: '.docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Document (DOCX)',
  },
  csv: { extension: '.csv', mime: 'text/csv', label: 'Process table (CSV)' },
  json: { extension: '.procmap.json', mime: 'application/json', label: 'Map file (JSON)' },
};

/**
 * The export format a file name asks for by its ending (case-insensitive), or undefined.
 *
 * @example formatOfFileName('out/ISMS.DOCX') === 'docx'
 */
export function formatOfFileName(fileName: string): ExportFormat | undefined {
  const lower = fileName.toLowerCase();
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).find((format) =>
    lower.endsWith(format === 'json' ? '.json' : EXPORT_FORMATS[format].extension),
  );
}

/**
 * A file name for an export of the map called `title`: the title with the characters file
 * systems refuse replaced, then the format's ending.
 *
 * @example exportFileName('ISMS map: 2026/27', 'png') === 'ISMS map- 2026-27.png'
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${base === '' ? 'process-map' : base}${EXPORT_FORMATS[format].extension}`;
}
