import { useState, type RefObject } from 'react';
import type { ExportText } from './svg-export';

export interface DownloadLabels {
  group: string;
  /** The buttons' text, by the file each saves. */
  csv: string;
  svg: string;
  png: string;
  /** "Downloaded {file}." with the file name filled in by the caller's formatter. */
  done: (file: string) => string;
  failed: string;
}

export interface DownloadButtonsProps {
  /** File name without extension, e.g. `amazon-2023-settlements-breakdown`. */
  baseName: string;
  csv: { columns: readonly string[]; rows: ReadonlyArray<Record<string, string | number | null>> };
  svgRef: RefObject<SVGSVGElement | null>;
  text: ExportText;
  labels: DownloadLabels;
}

const KINDS = ['csv', 'svg', 'png'] as const;

/** "Download data" (CSV) and "Download image" (SVG, PNG). The export code loads only when a button is pressed. */
export function DownloadButtons({ baseName, csv, svgRef, text, labels }: DownloadButtonsProps) {
  const [message, setMessage] = useState('');
  const download = async (kind: (typeof KINDS)[number]) => {
    const filename = `${baseName}.${kind}`;
    try {
      const { saveBlob, toCsv } = await import('./csv-export');
      if (kind === 'csv') {
        saveBlob(new Blob([toCsv(csv.rows, csv.columns)], { type: 'text/csv;charset=utf-8' }), filename);
      } else {
        const svg = svgRef.current;
        if (!svg) throw new Error('no chart');
        const [{ standaloneSvg, standaloneSvgElement }, { svgToPng }] = await Promise.all([
          import('./svg-export'),
          import('./png-export'),
        ]);
        saveBlob(
          kind === 'svg'
            ? new Blob([standaloneSvg(svg, text)], { type: 'image/svg+xml' })
            : await svgToPng(standaloneSvgElement(svg, text)),
          filename,
        );
      }
      setMessage(labels.done(filename));
    } catch {
      setMessage(labels.failed);
    }
  };
  const button = 'rounded border border-line bg-page px-2 py-1 text-xs text-ink hover:border-accent sm:text-sm';
  return (
    <div role="group" aria-label={labels.group} className="flex flex-wrap items-center gap-1.5">
      {KINDS.map((kind) => (
        <button key={kind} type="button" className={button} onClick={() => void download(kind)}>
          {labels[kind]}
        </button>
      ))}
      <p aria-live="polite" className="w-full text-xs text-muted empty:hidden">
        {message}
      </p>
    </div>
  );
}
