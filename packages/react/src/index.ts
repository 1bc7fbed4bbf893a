export * from './CapkitProvider/index.js';
export * from './ChartFigure/index.js';
export * from './CompetencyBarChart/index.js';
export * from './CompetencyProfile/index.js';
export * from './ProficiencyBadge/index.js';
export * from './ScaleLegend/index.js';
export * from './PriorityList/index.js';
export * from './PriorityMatrix/index.js';
