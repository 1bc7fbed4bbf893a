import type { KnowledgeItem } from '@capkit/model';
import type { KnowledgeCycleBoardMessages } from './messages.js';

/** A text with the language it is in, for a `lang` attribute. */
export interface TextInLanguage {
  readonly text: string;
  readonly lang: string | undefined;
}

/** What the board's parts need to print an item: strings, names and dates, resolved once. */
export interface KnowledgeText {
  readonly messages: KnowledgeCycleBoardMessages;
  readonly title: (item: KnowledgeItem) => TextInLanguage;
  readonly competency: (id: string) => string;
  /** A community's name; `''` (no community) gives the "No community" message. */
  readonly community: (id: string) => string;
  /** When the item reached its stage, formatted; `''` when its history does not say. */
  readonly reached: (item: KnowledgeItem) => string;
  readonly count: (value: number) => string;
}
