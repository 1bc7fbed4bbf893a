import type { PersonalData } from '../organisation.js';
import type { SampleOrganisation } from './sampleOrganisation.js';
import { samplePersonId, sampleStream } from './sampleOrganisation.js';
import { deriveSeed, SeededRandom } from './seededRandom.js';

// Invented people: given names and family names from many places, combined at random, so that no
// combination is meant to name anyone real.
const givenNames = [
  'Amina',
  'Kwame',
  'Léa',
  'Tomás',
  'Aiko',
  'Nadia',
  'Olusegun',
  'Ingrid',
  'Rahul',
  'Mei',
  'Fatou',
  'Jonas',
  'Zoë',
  'Karim',
  'Priya',
  'Mateo',
  'Hana',
  'Chidi',
  'Élodie',
  'Sione',
  'Yusuf',
  'Anaïs',
  'Dmitri',
  'Wanjiru',
  'Lucía',
  'Tariq',
  'Ngozi',
  'Henrik',
  'Leilani',
  'Omar',
  'Rosa',
  'Kenji',
  'Aroha',
  'Samuel',
  'Thandiwe',
  'Irina',
  'Mamadou',
  'Grace',
  'Farah',
  'Pablo',
] as const;
const familyNames = [
  'Okafor',
  'Mensah',
  'Dubois',
  'Silva',
  'Tanaka',
  'Haddad',
  'Adeyemi',
  'Lindqvist',
  'Sharma',
  'Chen',
  'Diallo',
  'Becker',
  'Moreau',
  'Rahman',
  'Iyer',
  'García',
  'Kim',
  'Nwosu',
  'Lefèvre',
  'Tupou',
  'Demir',
  'Fontaine',
  'Ivanov',
  'Kamau',
  'Fernández',
  'Aziz',
  'Eze',
  'Nilsson',
  'Kahale',
  'Mansour',
  'Costa',
  'Sato',
  'Ngata',
  'Owusu',
  'Dlamini',
  'Petrova',
  'Traoré',
  'Mwangi',
  'Karimi',
  'Rojas',
] as const;
const languages = ['en', 'fr', 'pt'] as const;
const languageWeights = [60, 35, 5];

const asciiSlug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The invented name, email and preferred language of the person at `index`. */
export function samplePersonalData(organisation: SampleOrganisation, index: number): PersonalData {
  const random = new SeededRandom(deriveSeed(organisation.seed, sampleStream.personalData, index));
  const given = random.pick(givenNames);
  const family = random.pick(familyNames);
  return {
    personId: samplePersonId(organisation, index),
    name: `${given} ${family}`,
    email: `${asciiSlug(given)}.${asciiSlug(family)}.${index + 1}@mds.example`,
    preferredLanguage: languages[random.weighted(languageWeights)] ?? 'en',
  };
}
