// The legend shows the same scale as the badges; one definition keeps the two in step.
export {
  ddatScaleWithDescriptors,
  sfiaScale,
} from '../ProficiencyBadge/ProficiencyBadge.fixtures.js';
