export {
  digitalGovernmentFramework,
  digitalGovernmentFrameworkRef,
} from './digitalGovernmentFramework.js';
export { digitalGovernmentRoles } from './digitalGovernmentRoles.js';
export { digitalGovernmentScale } from './digitalGovernmentScale.js';
