export { ProficiencyBadge, type ProficiencyBadgeProps } from './ProficiencyBadge.js';
export { defaultProficiencyBadgeMessages, type ProficiencyBadgeMessages } from './messages.js';
