import type { CommunityDirectoryMessages } from '@capkit/react/CommunityDirectory';
import type { KnowledgeCycleBoardMessages } from '@capkit/react/KnowledgeCycleBoard';
import type { Translations } from '../../i18n/locales.js';

/** A count as the widgets give it: its value, its text in the locale, its plural category. */
interface Count {
  readonly value: number;
  readonly text: string;
  readonly plural: Intl.LDMLPluralRule;
}

const plural = (
  count: Count,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
) => (forms[count.plural] ?? forms.other).replaceAll('{count}', count.text);

/** The strings of the knowledge and communities page, and the widgets' first-read strings. */
export interface KnowledgeMessages {
  readonly title: string;
  readonly working: string;
  /** The lead: items, how many in use, communities, members, the next activity. */
  readonly lead: (
    items: string,
    utilised: string,
    communities: string,
    members: string,
    upcoming: string,
  ) => string;
  readonly next: (date: string) => string;
  readonly noNext: string;
  readonly boardTitle: string;
  readonly boardDescription: string;
  readonly directoryTitle: string;
  readonly directoryDescription: string;
  readonly moveFailed: string;
  /** Left out in English: the widgets' own English is used. */
  readonly board?: Partial<KnowledgeCycleBoardMessages>;
  readonly directory?: Partial<CommunityDirectoryMessages>;
}

const en: KnowledgeMessages = {
  title: 'Knowledge and communities',
  working: 'Reading the knowledge items and communities, and the most needed competencies…',
  lead: (items, utilised, communities, members, upcoming) =>
    `The ministry holds ${items} knowledge items, ${utilised} of them in use; ${communities} communities of practice with ${members} members have ${upcoming} activities ahead.`,
  next: (date) => `The next is on ${date}.`,
  noNext: 'None is planned yet.',
  boardTitle: 'The knowledge cycle',
  boardDescription:
    'Lessons, guides and cases from identified to utilised. A move is saved at once, with the day it happened.',
  directoryTitle: 'Communities and centres of excellence',
  directoryDescription:
    'Where staff learn from each other, and which of the most needed competencies each one builds.',
  moveFailed: 'The move could not be saved:',
};

const fr: KnowledgeMessages = {
  title: 'Connaissances et communautés',
  working:
    'Lecture des éléments de connaissance, des communautés et des compétences les plus nécessaires…',
  lead: (items, utilised, communities, members, upcoming) =>
    `Le ministère compte ${items} éléments de connaissance, dont ${utilised} en usage ; ${communities} communautés de pratique réunissant ${members} membres ont ${upcoming} activités à venir.`,
  next: (date) => `La prochaine a lieu le ${date}.`,
  noNext: 'Aucune n’est encore prévue.',
  boardTitle: 'Le cycle des connaissances',
  boardDescription:
    'Leçons, guides et études de cas, de leur repérage à leur usage. Chaque déplacement est enregistré aussitôt, avec sa date.',
  directoryTitle: 'Communautés et centres d’excellence',
  directoryDescription:
    'Là où les agents apprennent les uns des autres, et les compétences les plus nécessaires que chacun développe.',
  moveFailed: 'Le déplacement n’a pas pu être enregistré :',
  board: {
    summary: ({ total, stuckAtCreated }) => {
      const first = plural(total, {
        one: '{count} élément de connaissance',
        other: '{count} éléments de connaissance',
      });
      const second =
        stuckAtCreated.value === 0
          ? 'aucun n’est bloqué à l’étape « créé ».'
          : plural(stuckAtCreated, {
              one: '{count} est bloqué à l’étape « créé » et n’a pas encore été partagé.',
              other: '{count} sont bloqués à l’étape « créé » et n’ont pas encore été partagés.',
            });
      return `${first} ; ${second}`;
    },
    stage: {
      identified: 'Repéré',
      created: 'Créé',
      shared: 'Partagé',
      stored: 'Conservé',
      utilised: 'Utilisé',
    },
    columnCount: (count) => plural(count, { one: '{count} élément', other: '{count} éléments' }),
    emptyColumn: 'Rien à cette étape.',
    moveHint:
      'Sur une carte, les flèches gauche et droite la déplacent vers l’étape précédente ou suivante ; les boutons font de même.',
    moveForward: (stage) => `Passer à « ${stage.toLowerCase()} »`,
    moveBack: (stage) => `Revenir à « ${stage.toLowerCase()} »`,
    reached: (date) => `Depuis le ${date}`,
    moved: ({ title, stage, position, stages }) =>
      `${title} est passé à « ${stage.toLowerCase()} », étape ${position} sur ${stages}.`,
    atEdge: ({ title, stage }) => `${title} est déjà à « ${stage.toLowerCase()} ».`,
    competenciesLabel: 'Compétences',
    communityLabel: 'Communauté',
    noCommunity: 'Aucune communauté',
    filtersLabel: 'Filtrer les éléments de connaissance',
    competencyFilter: 'Compétence',
    communityFilter: 'Communauté',
    allCompetencies: 'Toutes les compétences',
    allCommunities: 'Toutes les communautés',
    tableCaption: (title) => `${title} : éléments de connaissance par étape`,
    titleHeading: 'Élément de connaissance',
    stageHeading: 'Étape',
    reachedHeading: 'Étape atteinte le',
    competenciesHeading: 'Compétences',
    communityHeading: 'Communauté',
    empty: 'Aucun élément de connaissance pour l’instant.',
    viewGroup: 'Afficher en',
    viewChart: 'Tableau de bord',
    viewTable: 'Tableau',
  },
  directory: {
    summary: ({ communities, centres, built, needed, missing, missingNames }) => {
      const first = `${plural(communities, {
        one: '{count} communauté',
        other: '{count} communautés',
      })} et ${plural(centres, {
        one: '{count} centre d’excellence',
        other: '{count} centres d’excellence',
      })}`;
      if (needed.value === 0)
        return `${first} ; ensemble, ils développent ${plural(built, {
          one: '{count} compétence',
          other: '{count} compétences',
        })}.`;
      return missing.value === 0
        ? `${first} ; ensemble, ils développent toutes les compétences nécessaires (${needed.text}).`
        : `${first} ; aucun ne développe ${missingNames}.`;
    },
    community: 'Communauté de pratique',
    centre: 'Centre d’excellence',
    topic: (topic) => `Thème : ${topic}`,
    region: (region) => `Région : ${region}`,
    membersLabel: 'Membres',
    memberCount: (count) => plural(count, { one: '{count} membre', other: '{count} membres' }),
    showMembers: 'Qui sont-ils',
    competenciesLabel: 'Compétences développées',
    capabilityCentresLabel: 'Centres de compétences',
    upcomingLabel: (count) => `Activités à venir (${count.text})`,
    pastLabel: (count) => `Activités passées (${count.text})`,
    noUpcoming: 'Aucune prévue.',
    activityKind: {
      meetup: 'Rencontre',
      showAndTell: 'Présentation',
      workshop: 'Atelier',
      conference: 'Conférence',
      mentoring: 'Mentorat',
      other: 'Activité',
    },
    filtersLabel: 'Filtrer l’annuaire',
    searchLabel: 'Rechercher',
    searchHint: 'Nom, thème, région ou compétence ; accents et majuscules sans importance.',
    topicFilter: 'Thème',
    allTopics: 'Tous les thèmes',
    regionFilter: 'Région',
    allRegions: 'Toutes les régions',
    areaFilter: 'Domaine de compétences',
    allAreas: 'Tous les domaines',
    clearFilters: 'Effacer les filtres',
    tableCaption: (title) => `${title} : communautés et centres`,
    nameHeading: 'Nom',
    kindHeading: 'Type',
    focusHeading: 'Thème ou région',
    membersHeading: 'Membres',
    nextHeading: 'Prochaine activité',
    lastHeading: 'Dernière activité',
    competenciesHeading: 'Compétences développées',
    none: 'Non renseigné',
    viewGroup: 'Afficher en',
    viewChart: 'Liste',
    viewTable: 'Tableau',
  },
};

const ar: KnowledgeMessages = {
  title: 'المعرفة والمجتمعات',
  working: 'جارٍ قراءة عناصر المعرفة والمجتمعات والكفاءات الأشد حاجة…',
  lead: (items, utilised, communities, members, upcoming) =>
    `لدى الوزارة ${items} من عناصر المعرفة، منها ${utilised} قيد الاستخدام؛ ولدى ${communities} من مجتمعات الممارسة تضم ${members} عضوًا ${upcoming} من الأنشطة المقبلة.`,
  next: (date) => `أقربها في ${date}.`,
  noNext: 'لم يُخطَّط لأي نشاط بعد.',
  boardTitle: 'دورة المعرفة',
  boardDescription:
    'الدروس والأدلة ودراسات الحالة من تحديدها إلى استخدامها. يُحفظ كل نقل فورًا مع تاريخه.',
  directoryTitle: 'المجتمعات ومراكز التميّز',
  directoryDescription: 'حيث يتعلم الموظفون بعضهم من بعض، وأيّ الكفاءات الأشد حاجة يبنيها كلٌّ منها.',
  moveFailed: 'تعذّر حفظ النقل:',
  board: {
    summary: ({ total, stuckAtCreated }) => {
      const second =
        stuckAtCreated.value === 0
          ? 'ولا يتوقف أيٌّ منها عند مرحلة «أُنشئ».'
          : `منها ${stuckAtCreated.text} متوقفة عند مرحلة «أُنشئ» ولم تُشارَك بعد.`;
      return `${total.text} من عناصر المعرفة؛ ${second}`;
    },
    stage: {
      identified: 'حُدّد',
      created: 'أُنشئ',
      shared: 'شُورك',
      stored: 'خُزّن',
      utilised: 'استُخدم',
    },
    columnCount: (count) => `${count.text} عنصر`,
    emptyColumn: 'لا شيء في هذه المرحلة.',
    moveHint:
      'على البطاقة، تنقلها مفاتيح الأسهم اليمنى واليسرى إلى المرحلة السابقة أو التالية؛ وتؤدي الأزرار الأمر نفسه.',
    moveForward: (stage) => `نقل إلى «${stage}»`,
    moveBack: (stage) => `إعادة إلى «${stage}»`,
    reached: (date) => `منذ ${date}`,
    moved: ({ title, stage, position, stages }) =>
      `نُقل «${title}» إلى «${stage}»، المرحلة ${position} من ${stages}.`,
    atEdge: ({ title, stage }) => `«${title}» في مرحلة «${stage}» ولا يمكن نقله أبعد.`,
    competenciesLabel: 'الكفاءات',
    communityLabel: 'المجتمع',
    noCommunity: 'بلا مجتمع',
    filtersLabel: 'تصفية عناصر المعرفة',
    competencyFilter: 'الكفاءة',
    communityFilter: 'المجتمع',
    allCompetencies: 'كل الكفاءات',
    allCommunities: 'كل المجتمعات',
    tableCaption: (title) => `${title}: عناصر المعرفة حسب المرحلة`,
    titleHeading: 'عنصر المعرفة',
    stageHeading: 'المرحلة',
    reachedHeading: 'تاريخ بلوغ المرحلة',
    competenciesHeading: 'الكفاءات',
    communityHeading: 'المجتمع',
    empty: 'لا توجد عناصر معرفة بعد.',
    viewGroup: 'العرض على شكل',
    viewChart: 'لوحة',
    viewTable: 'جدول',
  },
  directory: {
    summary: ({ communities, centres, built, needed, missing, missingNames }) => {
      const first = `${communities.text} من المجتمعات و${centres.text} من مراكز التميّز`;
      if (needed.value === 0) return `${first}؛ تبني معًا ${built.text} من الكفاءات.`;
      return missing.value === 0
        ? `${first}؛ تبني معًا كل الكفاءات اللازمة (${needed.text}).`
        : `${first}؛ لا يبني أيٌّ منها ${missingNames}.`;
    },
    community: 'مجتمع ممارسة',
    centre: 'مركز تميّز',
    topic: (topic) => `الموضوع: ${topic}`,
    region: (region) => `المنطقة: ${region}`,
    membersLabel: 'الأعضاء',
    memberCount: (count) => `${count.text} عضو`,
    showMembers: 'من هم',
    competenciesLabel: 'الكفاءات التي يبنيها',
    capabilityCentresLabel: 'مراكز القدرات',
    upcomingLabel: (count) => `الأنشطة المقبلة (${count.text})`,
    pastLabel: (count) => `الأنشطة السابقة (${count.text})`,
    noUpcoming: 'لا شيء مخطط.',
    activityKind: {
      meetup: 'لقاء',
      showAndTell: 'عرض وتبادل',
      workshop: 'ورشة عمل',
      conference: 'مؤتمر',
      mentoring: 'إرشاد',
      other: 'نشاط',
    },
    filtersLabel: 'تصفية الدليل',
    searchLabel: 'بحث',
    searchHint: 'الاسم أو الموضوع أو المنطقة أو الكفاءة.',
    topicFilter: 'الموضوع',
    allTopics: 'كل المواضيع',
    regionFilter: 'المنطقة',
    allRegions: 'كل المناطق',
    areaFilter: 'مجال القدرات',
    allAreas: 'كل المجالات',
    clearFilters: 'مسح عوامل التصفية',
    tableCaption: (title) => `${title}: المجتمعات والمراكز`,
    nameHeading: 'الاسم',
    kindHeading: 'النوع',
    focusHeading: 'الموضوع أو المنطقة',
    membersHeading: 'الأعضاء',
    nextHeading: 'النشاط التالي',
    lastHeading: 'آخر نشاط',
    competenciesHeading: 'الكفاءات التي يبنيها',
    none: 'غير مسجّل',
    viewGroup: 'العرض على شكل',
    viewChart: 'قائمة',
    viewTable: 'جدول',
  },
};

export const knowledgeMessages: Translations<KnowledgeMessages> = { en, fr, ar };
