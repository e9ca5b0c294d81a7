import { useCallback, useRef, useState } from 'react';
import { renderCheckReportHtml } from '../export/check-report-html';
import { exportCsv } from '../export/csv';
import { DOCUMENT_FIGURE } from '../export/document-facts';
import { renderDocumentHtml } from '../export/document-html';
import { downloadBlob } from '../export/download';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../export/formats';
import { pagedSvgs } from '../export/page-svg';
import type { PngScale } from '../export/png-browser';
import { fittingScale, reducedScaleNote, svgSize } from '../export/png-size';
import { renderSvg } from '../export/svg';
import { useMapFiles } from '../hooks/use-map-files';
import { useEditorStore } from '../store/context';
import { selectDerived } from '../store/derived';
import { Menu, type MenuItem } from './Menu';
import { OpenFileInput } from './OpenFileInput';
import { PageExportDialog, type PageExportChoice } from './PageExportDialog';
import './export-menu.css';

/**
 * Export ▸ SVG, PNG (1×/2×/3×, white or transparent), either on a page (A4/A3, see
 * {@link PageExportDialog}), the process map document (HTML, DOCX), the process table (CSV)
 * and the map file (JSON), each a download made in the browser; and Import CSV, which opens
 * a spreadsheet's process table as a new map. Pictures carry the title block and legend.
 * Mounts in the toolbar's output slot, inside the editor's store and React Flow providers.
 */
export function ExportMenu() {
  const store = useEditorStore();
  const files = useMapFiles();
  const csvInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [choosingPage, setChoosingPage] = useState(false);

  const run = useCallback(
    (what: string, work: () => Promise<void> | void) => async () => {
      setBusy(true);
      try {
        await work();
        // Exported ids may be linked to now: new processes keep theirs from here on.
        store.getState().actions.markSaved();
      } catch (error) {
        store.getState().actions.showNotice({
          kind: 'error',
          title: `Could not export ${what}`,
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        setBusy(false);
      }
    },
    [store],
  );

  const save = (blob: Blob, format: ExportFormat, suffix = '') =>
    downloadBlob(blob, exportFileName(store.getState().map.title + suffix, format));
  const text = (content: string, format: ExportFormat) =>
    save(new Blob([content], { type: `${EXPORT_FORMATS[format].mime};charset=utf-8` }), format);
  const svgOf = (options?: Parameters<typeof renderSvg>[2]) => {
    const { map, layout } = store.getState();
    return renderSvg(map, layout, options);
  };

  /** An SVG drawn as a PNG in the browser, smaller than asked when a canvas cannot hold it. */
  const savePng = async (svg: string, scale: PngScale, suffix = '', transparent = false) => {
    const { rasterizeSvg } = await import('../export/png-browser');
    const size = svgSize(svg);
    const scaleUsed = fittingScale(size.width, size.height, scale);
    const picture = await rasterizeSvg(svg, scaleUsed, transparent ? 'transparent' : 'white');
    save(picture.blob, 'png', suffix);
    if (scaleUsed < scale) {
      store.getState().actions.showNotice({
        kind: 'info',
        title: `PNG drawn at ${scaleUsed}×`,
        message: reducedScaleNote(scale, scaleUsed),
      });
    }
  };

  // Drawn from the vector SVG, as `procmap render` draws it: the whole map with its title
  // block and legend, whatever part of it is on screen.
  const png = (scale: PngScale, background: 'white' | 'transparent') =>
    run('the PNG', () =>
      savePng(svgOf({ background, embedSource: false }), scale, '', background === 'transparent'),
    );

  const onPage = (choice: PageExportChoice) =>
    void run('the picture', async () => {
      const { map, layout } = store.getState();
      const svgs = pagedSvgs(map, layout, {
        page: choice.page,
        perBand: choice.perBand,
        embedSource: choice.format === 'svg' && !choice.perBand,
      });
      for (const { suffix, svg } of svgs) {
        if (choice.format === 'svg')
          save(
            new Blob([svg], { type: `${EXPORT_FORMATS.svg.mime};charset=utf-8` }),
            'svg',
            suffix,
          );
        else await savePng(svg, choice.scale, suffix);
      }
    })();

  const documentFigure = () => svgOf(DOCUMENT_FIGURE);

  const items: MenuItem[] = [
    {
      label: 'SVG',
      hint: 'Vector picture for Word, LibreOffice, Confluence',
      onSelect: run('the SVG', () => text(svgOf(), 'svg')),
    },
    ...([1, 2, 3] as const).map((scale) => ({
      label: `PNG ${scale}×`,
      hint: 'White background',
      onSelect: png(scale, 'white'),
    })),
    ...([1, 2, 3] as const).map((scale) => ({
      label: `PNG ${scale}×, transparent`,
      hint: 'No background',
      onSelect: png(scale, 'transparent'),
    })),
    {
      label: 'On a page (A4, A3)…',
      hint: 'SVG or PNG fitted to a page for print, or a page per band',
      onSelect: () => setChoosingPage(true),
    },
    {
      label: 'Document (HTML)',
      hint: 'Controlled process map document, prints on A4/A3',
      onSelect: run('the document', () => {
        const state = store.getState();
        text(
          renderDocumentHtml(state.map, {
            problems: selectDerived(state).problems,
            figureSvg: documentFigure(),
          }),
          'html',
        );
      }),
    },
    {
      label: 'Document (DOCX)',
      hint: 'Process map document for Word',
      onSelect: run('the document', async () => {
        const state = store.getState();
        const svg = documentFigure();
        const { width, height } = svgSize(svg);
        const [{ rasterizeSvg }, { renderDocumentDocx }] = await Promise.all([
          import('../export/png-browser'),
          import('../export/document-docx'),
        ]);
        const picture = await rasterizeSvg(svg, fittingScale(width, height, 2), 'white');
        const bytes = await renderDocumentDocx(state.map, {
          problems: selectDerived(state).problems,
          figure: { png: new Uint8Array(await picture.blob.arrayBuffer()), width, height, svg },
        });
        save(
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: EXPORT_FORMATS.docx.mime }),
          'docx',
        );
      }),
    },
    {
      label: 'Check report (HTML)',
      hint: 'Clause 4.4 readiness and open problems',
      onSelect: run('the check report', () => {
        const state = store.getState();
        const html = renderCheckReportHtml(state.map, selectDerived(state).problems);
        downloadBlob(
          new Blob([html], { type: `${EXPORT_FORMATS.html.mime};charset=utf-8` }),
          exportFileName(`${state.map.title} check report`, 'html'),
        );
      }),
    },
    {
      label: 'CSV',
      hint: 'Process table for spreadsheets',
      onSelect: run('the CSV', () => text(exportCsv(store.getState().map), 'csv')),
    },
    { label: 'JSON', hint: 'The map file (same as Save)', onSelect: files.save },
    {
      label: 'Import CSV…',
      hint: 'Open a process table as a new map',
      onSelect: () => csvInput.current?.click(),
    },
  ];

  return (
    <div className="pm-export-menu">
      <Menu label={busy ? 'Exporting…' : 'Export'} title="Export the map" items={items} />
      <OpenFileInput
        ref={csvInput}
        accept=".csv,text/csv"
        label="Import a CSV process table"
        testId="import-csv"
        onFile={(file) => void files.openFile(file)}
      />
      {choosingPage && (
        <PageExportDialog onClose={() => setChoosingPage(false)} onExport={onPage} />
      )}
    </div>
  );
}
