import { useEffect, useMemo, useRef, useState } from 'react';
import {
  fitToPage,
  pageAdvice,
  pageId,
  pageName,
  PAGE_CHOICES,
  smallestFittingPage,
  type PageSize,
} from '../export/page';
import { PageFitError, pagedSvgs } from '../export/page-svg';
import type { PngScale } from '../export/png-browser';
import { drawingSize } from '../export/svg';
import { useEditorStore } from '../store/context';

/** What the user chose to print. */
export interface PageExportChoice {
  format: 'svg' | 'png';
  page: PageSize;
  perBand: boolean;
  scale: PngScale;
}

function pt(value: number): string {
  return `${Math.round(value * 10) / 10} pt`;
}

/**
 * Export ▸ On a page: the SVG or PNG fitted to A4 or A3, portrait or landscape, with the
 * title block and legend. Each page says how large the smallest text comes out on it; a
 * page where it would be under 6 pt cannot be chosen for export, and the dialog says so
 * and offers the page the map fits or a page per band.
 */
export function PageExportDialog({
  onClose,
  onExport,
}: {
  onClose(): void;
  onExport(choice: PageExportChoice): void;
}) {
  const store = useEditorStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<'svg' | 'png'>('png');
  const [scale, setScale] = useState<PngScale>(2);
  const [perBand, setPerBand] = useState(false);
  // The whole map's drawing, measured once while the dialog is open.
  const size = useMemo(() => {
    const { map, layout } = store.getState();
    return drawingSize(map, layout, { embedSource: false });
  }, [store]);
  const [page, setPage] = useState<PageSize>(() => smallestFittingPage(size) ?? PAGE_CHOICES[0]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // Per band, every band's page is tried; the first that does not fit says why.
  const problem = useMemo(() => {
    if (!perBand) {
      const fit = fitToPage(size, page);
      return fit.fits ? undefined : pageAdvice(fit, size);
    }
    const { map, layout } = store.getState();
    try {
      pagedSvgs(map, layout, { page, perBand: true, embedSource: false });
      return undefined;
    } catch (error) {
      if (error instanceof PageFitError) return error.message;
      throw error;
    }
  }, [store, size, page, perBand]);
  const better = smallestFittingPage(size);

  return (
    <dialog
      ref={dialog}
      className="pm-page-dialog"
      aria-labelledby="pm-page-dialog-title"
      onClose={onClose}
      data-testid="page-export"
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (problem) return;
          onExport({ format, page, perBand, scale });
          dialog.current?.close();
        }}
      >
        <h2 id="pm-page-dialog-title">Export on a page</h2>
        <fieldset>
          <legend>Page</legend>
          {PAGE_CHOICES.map((choice) => {
            const fit = fitToPage(size, choice);
            return (
              <label key={pageId(choice)} className="pm-page-dialog__choice">
                <input
                  type="radio"
                  name="page"
                  value={pageId(choice)}
                  checked={pageId(choice) === pageId(page)}
                  onChange={() => setPage(choice)}
                />
                {pageName(choice)}
                {/* Per band, each band's page is checked on its own: the problem below says. */}
                {!perBand && (
                  <span className={fit.fits ? 'pm-page-dialog__fits' : 'pm-page-dialog__small'}>
                    {fit.fits
                      ? `text ${pt(fit.smallestTextPt)}`
                      : `text ${pt(fit.smallestTextPt)}, too small`}
                  </span>
                )}
              </label>
            );
          })}
          <label className="pm-page-dialog__choice">
            <input
              type="checkbox"
              checked={perBand}
              onChange={(event) => setPerBand(event.target.checked)}
            />
            A page per band (management, core, support, interested parties)
          </label>
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          <label className="pm-page-dialog__choice">
            <input
              type="radio"
              name="format"
              checked={format === 'png'}
              onChange={() => setFormat('png')}
            />
            PNG
            <select
              aria-label="PNG resolution"
              value={scale}
              disabled={format !== 'png'}
              onChange={(event) => setScale(Number(event.target.value) as PngScale)}
            >
              <option value={1}>96 dpi</option>
              <option value={2}>192 dpi</option>
              <option value={3}>288 dpi</option>
            </select>
          </label>
          <label className="pm-page-dialog__choice">
            <input
              type="radio"
              name="format"
              checked={format === 'svg'}
              onChange={() => setFormat('svg')}
            />
            SVG (vector)
          </label>
        </fieldset>
        {problem && (
          <div className="pm-page-dialog__problem" role="alert">
            <p>{problem}</p>
            {better && !perBand && (
              <button type="button" className="pm-button" onClick={() => setPage(better)}>
                Use {pageName(better)}
              </button>
            )}
            {!perBand && (
              <button type="button" className="pm-button" onClick={() => setPerBand(true)}>
                A page per band
              </button>
            )}
          </div>
        )}
        <div className="pm-page-dialog__actions">
          <button type="button" className="pm-button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="pm-button pm-button--primary" disabled={!!problem}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
