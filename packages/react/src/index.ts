export * from './CompetencyBarChart/index.js';
