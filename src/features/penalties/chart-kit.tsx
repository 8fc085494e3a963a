/** What every chart in this section shares: size, motion trigger, tooltip, labels from copy, sources. */
import { useRef } from 'react';
import { useChartTooltip } from '../../charts/tooltip';
import { useInView } from '../../charts/use-chart-motion';
import type { DownloadLabels } from '../../charts/download-buttons';
import { SourceList } from '../../data/source-list';
import type { Source } from '../../data/schemas';
import { useText } from '../../data/text';
import { formatIsoDate } from '../../lib/format';
import { useElementSize } from '../../lib/use-element-size';
import { sourceLine } from './utils';

/** The chart's drawing width is its container's width (so it never overflows), measured by ResizeObserver. */
export function useChartKit() {
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 640, height: 0 });
  const svgRef = useRef<SVGSVGElement>(null);
  const inView = useInView(containerRef);
  const tooltip = useChartTooltip();
  return { containerRef, svgRef, width: Math.max(120, Math.floor(size.width)), inView, tooltip };
}

export function useChartLabels() {
  const { t, has } = useText();
  const downloads: DownloadLabels = {
    group: t('charts.downloads'),
    data: t('charts.downloadData'),
    svg: t('charts.downloadSvg'),
    png: t('charts.downloadPng'),
    done: (file) => t('charts.downloaded', { file }),
    failed: t('charts.downloadFailed'),
  };
  /** A CSV column's name in the reader's edition (see localizeCsv); undefined keeps the machine name. */
  const csvHeader = (base: string, year: string) => (has(`charts.csvHeaders.${base}`) ? t(`charts.csvHeaders.${base}`, { year }) : undefined);
  return { downloads, csvHeader, showTable: t('charts.showTable'), hideTable: t('charts.hideTable') };
}

export function ChartSources({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, Source> }) {
  return <SourceList ids={ids} sources={sources} />;
}

/** The sources as plain text for exported images. */
export function useSourceText(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
  const { t, locale } = useText();
  return `${t('charts.sourcesPrefix')}: ${sourceLine(ids, sources, (iso) => formatIsoDate(iso, locale))}.`;
}
