import type { CommunityOfPractice, LocalizedText, PersonalData } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { AssetsInventoryMessages } from './messages.js';

/** A text with the language it is in, for a `lang` attribute. */
export interface TextInLanguage {
  readonly text: string;
  readonly lang: string;
}

/** What the inventory's parts need to print an asset: strings and names, resolved once. */
export interface AssetText {
  readonly messages: AssetsInventoryMessages;
  readonly locale: string;
  readonly localized: (text: LocalizedText) => TextInLanguage;
  readonly competency: (id: string) => string;
  /** Items as one list in the reader's language ("A, B and C"). */
  readonly list: (items: readonly string[]) => string;
  /** Competency names as one list in the reader's language. */
  readonly competencies: (ids: readonly string[]) => string;
  /** The community of a community-of-practice asset, when the app passed it. */
  readonly community: (id: string) => CommunityOfPractice | undefined;
  /** A person's name, only when the app passed personal data; else `undefined`. */
  readonly personName: (personId: string) => string | undefined;
  /** A language tag's name in the reader's language ("French"), or the tag itself. */
  readonly language: (tag: string) => string;
}

/** The parts of {@link AssetText} the app decides. */
export interface AssetTextSources {
  readonly locale: string;
  readonly messages: AssetsInventoryMessages;
  readonly competencyNames: Readonly<Record<string, string>> | undefined;
  readonly communities: readonly CommunityOfPractice[];
  readonly personalData: readonly PersonalData[] | undefined;
}

/** Builds the {@link AssetText} of one render; every name falls back to its id. */
export function assetText({
  locale,
  messages,
  competencyNames,
  communities,
  personalData,
}: AssetTextSources): AssetText {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const communityById = new Map(communities.map((community) => [community.id, community]));
  // Names exist only in the personal data the app chose to pass: no data, no names.
  const names = new Map((personalData ?? []).map((entry) => [entry.personId, entry.name]));
  let languageNames: Intl.DisplayNames | undefined;
  try {
    languageNames = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  } catch {
    languageNames = undefined;
  }
  const competency = (id: string) => competencyNames?.[id] ?? id;
  return {
    messages,
    locale,
    localized: (text) => resolveLocalizedText(text, [locale]),
    competency,
    list: (items) => list.format(items),
    competencies: (ids) => list.format(ids.map(competency)),
    community: (id) => communityById.get(id),
    personName: (personId) => names.get(personId),
    language: (tag) => {
      try {
        return languageNames?.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}
