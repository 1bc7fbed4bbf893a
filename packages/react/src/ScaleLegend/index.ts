export { ScaleLegend, type ScaleLegendProps } from './ScaleLegend.js';
export { defaultScaleLegendMessages, type ScaleLegendMessages } from './messages.js';
