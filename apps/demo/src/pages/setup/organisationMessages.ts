import type { Translations } from '../../i18n/locales.js';

/** The strings of the units, roles and people page. */
export interface OrganisationMessages {
  readonly title: string;
  readonly working: string;
  readonly lead: (people: string, units: string, roles: string, current: string) => string;
  readonly how: string;
  readonly back: string;
}

const en: OrganisationMessages = {
  title: 'Units, roles and people',
  working: 'Reading the ministry’s units, roles and people…',
  lead: (people, units, roles, current) =>
    `The ministry has ${people} staff in ${units} units and ${roles} roles; ${current} of them hold a role today.`,
  how: 'Open a unit to see its sub-units, and select it to see who works there. Each role lists the level it requires in each competency.',
  back: 'Back to set up',
};

const fr: OrganisationMessages = {
  title: 'Unités, rôles et agents',
  working: 'Lecture des unités, des rôles et des agents du ministère…',
  lead: (people, units, roles, current) =>
    `Le ministère compte ${people} agents répartis dans ${units} unités et ${roles} rôles ; ${current} d’entre eux occupent un rôle aujourd’hui.`,
  how: 'Ouvrez une unité pour voir ses sous-unités, et sélectionnez-la pour voir qui y travaille. Chaque rôle indique le niveau exigé dans chaque compétence.',
  back: 'Retour au paramétrage',
};

const ar: OrganisationMessages = {
  title: 'الوحدات والأدوار والموظفون',
  working: 'جارٍ قراءة وحدات الوزارة وأدوارها وموظفيها…',
  lead: (people, units, roles, current) =>
    `يعمل في الوزارة ${people} موظف موزعون على ${units} وحدة و${roles} أدوار؛ ويشغل ${current} منهم دورًا اليوم.`,
  how: 'افتح وحدة لترى وحداتها الفرعية، واخترها لترى من يعمل فيها. ويبيّن كل دور المستوى الذي يتطلبه في كل كفاءة.',
  back: 'العودة إلى الإعداد',
};

export const organisationMessages: Translations<OrganisationMessages> = { en, fr, ar };
