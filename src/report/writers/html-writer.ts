import path from 'node:path';
import { h } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';
import { PROJECT_ROOT } from '../../catalogue/paths';
import { type PageOptions, ReportPage } from '../html/report-page';
import type { Report } from '../report';
import { writeWhole } from '../write-file';
import type { ReportWriter } from './writer';

export const HTML_FILE = 'report.html';

/**
 * report.html: one self-contained page. Every string, the target's above all, goes through
 * preact's renderer, which escapes text and attributes; nothing is joined into markup by hand.
 */
export function formatHtml(report: Report, options: PageOptions): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(h(ReportPage, { report, options }))}\n`;
}

export const htmlWriter: ReportWriter = {
  format: 'html',
  file: HTML_FILE,
  write(report, { dir }) {
    const document = path.relative(dir, path.join(PROJECT_ROOT, report.document)).split(path.sep).join('/');
    return writeWhole(dir, HTML_FILE, formatHtml(report, { documentHref: encodeURI(document) }));
  },
};
