export { ChartFigure, type ChartFigureProps, type ChartView } from './ChartFigure.js';
