export * from './CapkitProvider/index.js';
export * from './ChartFigure/index.js';
export * from './CompetencyBarChart/index.js';
