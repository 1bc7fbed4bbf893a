import type { ImportancePerformanceQuadrant } from '@capkit/scoring/tna';
import type { PriorityMatrixMessages } from './messages.js';

/** A quadrant's name, from the messages. */
export function quadrantName(
  quadrant: ImportancePerformanceQuadrant,
  messages: PriorityMatrixMessages,
): string {
  switch (quadrant) {
    case 'concentrateHere':
      return messages.concentrateHere;
    case 'keepUpTheGoodWork':
      return messages.keepUpTheGoodWork;
    case 'lowPriority':
      return messages.lowPriority;
    case 'possibleOverkill':
      return messages.possibleOverkill;
    default:
      return quadrant satisfies never;
  }
}
