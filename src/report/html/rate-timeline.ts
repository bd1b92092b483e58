import { type ComponentChild, h } from 'preact';
import type { RateTrace } from './rate-trace';

const WIDTH = 760;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 16;
const TOP = 16;
/** Room at the bottom for the request ticks and the time axis. */
const BOTTOM = 44;
const LIMIT_EXCEEDED = 429;

/**
 * The rate suite's requests as an inline SVG: a tick per request along the time axis (red when it
 * was answered 429), a dot per response at its Remaining, and a dashed line at the Reset moment.
 */
export function RateTimeline({ trace }: { trace: RateTrace }): ComponentChild {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (ms: number) => tenth(LEFT + (ms / trace.spanMs) * plotWidth);
  const top = Math.max(1, trace.limit ?? 0, ...trace.points.map((p) => p.remaining ?? 0));
  const y = (remaining: number) => tenth(TOP + plotHeight - (remaining / top) * plotHeight);
  const denied = trace.points.filter((p) => p.status === LIMIT_EXCEEDED).length;
  const caption = [
    `${trace.points.length} requests of the rate suite over ${Math.round(trace.spanMs)} ms`,
    `${denied} answered ${LIMIT_EXCEEDED}`,
    trace.limit === undefined ? 'no Limit advertised' : `Limit ${trace.limit}`,
    trace.resetMs === undefined ? 'no Reset read from a 429' : `Reset at ${Math.round(trace.resetMs)} ms`,
  ].join('; ');
  const tickTop = HEIGHT - BOTTOM + 6;
  return h(
    'figure',
    { class: 'timeline' },
    h(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        width: '100%',
        role: 'img',
        'aria-label': caption,
      },
      h('title', null, caption),
      h('rect', {
        x: LEFT,
        y: TOP,
        width: plotWidth,
        height: plotHeight,
        fill: '#f6f8fa',
        stroke: '#d0d7de',
      }),
      h('text', { x: LEFT - 6, y: TOP + 4, 'text-anchor': 'end' }, String(top)),
      h('text', { x: LEFT - 6, y: TOP + plotHeight, 'text-anchor': 'end' }, '0'),
      h(
        'text',
        { x: 4, y: TOP + plotHeight / 2, transform: `rotate(-90 10 ${TOP + plotHeight / 2})` },
        'Remaining',
      ),
      h('text', { x: LEFT, y: HEIGHT - 6 }, '0 ms'),
      h('text', { x: WIDTH - RIGHT, y: HEIGHT - 6, 'text-anchor': 'end' }, `${Math.round(trace.spanMs)} ms`),
      trace.points.map((p) =>
        h('line', {
          class: p.status === LIMIT_EXCEEDED ? 'tick tick-429' : 'tick',
          x1: x(p.sentMs),
          x2: x(p.sentMs),
          y1: tickTop,
          y2: tickTop + 12,
          stroke: p.status === LIMIT_EXCEEDED ? '#cf222e' : '#57606a',
          'stroke-width': 1.5,
        }),
      ),
      trace.points
        .filter((p) => p.remaining !== undefined)
        .map((p) =>
          h('circle', {
            class: p.status === LIMIT_EXCEEDED ? 'dot dot-429' : 'dot',
            cx: x(p.receivedMs),
            cy: y(p.remaining ?? 0),
            r: 3,
            fill: p.status === LIMIT_EXCEEDED ? '#cf222e' : '#1a7f37',
          }),
        ),
      trace.resetMs === undefined
        ? null
        : [
            h('line', {
              class: 'reset',
              x1: x(trace.resetMs),
              x2: x(trace.resetMs),
              y1: TOP,
              y2: TOP + plotHeight,
              stroke: '#8250df',
              'stroke-dasharray': '4 3',
              'stroke-width': 1.5,
            }),
            // Near the right edge the label goes left of the line, so that it is not cut off.
            x(trace.resetMs) > WIDTH - RIGHT - 50
              ? h(
                  'text',
                  { x: x(trace.resetMs) - 4, y: TOP + 12, fill: '#8250df', 'text-anchor': 'end' },
                  'Reset',
                )
              : h('text', { x: x(trace.resetMs) + 4, y: TOP + 12, fill: '#8250df' }, 'Reset'),
          ],
    ),
    h(
      'figcaption',
      null,
      caption,
      '. Ticks: requests as sent (red: answered 429); dots: Remaining as each response said it.',
    ),
  );
}

/** Coordinates to a tenth of a pixel: finer than a screen shows, and a smaller file. */
function tenth(n: number): number {
  return Math.round(n * 10) / 10;
}
