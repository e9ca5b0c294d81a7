export { FONT_FAMILY, SVG_FONT_FAMILY } from './fonts';
export {
  baselineOffset,
  measureText,
  unitMeasure,
  type FontSpec,
  type UnitMeasure,
} from './measure';
export { wrapText } from './wrap';
