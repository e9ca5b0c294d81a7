import { THEME } from '../layout/theme';

/**
 * Colours of the presentation's highlights: blue for what feeds the step, orange for
 * where its outputs go (a pair that stays apart for red-green colour blindness and on a
 * washed-out projector), purple for a followed artifact.
 */
export const PRESENT_COLORS = {
  focus: '#111827',
  upstream: '#1d4ed8',
  downstream: THEME.edge.highlight,
  thread: '#7e22ce',
  flow: THEME.edge.color,
} as const;
