export {
  CompetencyProfile,
  type CompetencyProfileDatum,
  type CompetencyProfileForm,
  type CompetencyProfileProps,
  type CompetencyProfileStatus,
} from './CompetencyProfile.js';
export {
  defaultCompetencyProfileMessages,
  type CompetencyProfileMessages,
  type LocalizedCount,
} from './messages.js';
