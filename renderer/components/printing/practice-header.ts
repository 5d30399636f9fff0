/**
 * The letterhead of everything Knotbook prints (the session note, the home-care handout): the
 * practice's name, then its address and contact and who practises there. Pure (tested in Node).
 */
import type { Settings } from '../../../db/api/contract';

export interface PracticeHeader {
  /** The practice's name; else the practitioner's; else "Knotbook". */
  title: string;
  /** Address lines, contact, practitioner and registration: empty ones left out. */
  lines: string[];
}

const present = (...parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== '');

export function practiceHeader({
  practice,
  practitioner,
}: Pick<Settings, 'practice' | 'practitioner'>): PracticeHeader {
  const practiceName = practice.name.trim();
  const person = practitioner.name.trim();
  const title = practiceName || person || 'Knotbook';
  const contact = present(practice.phone, practice.email).join(' · ');
  // Under the practice's name: who practises there; under the practitioner's own name: credentials only.
  const who = practiceName ? present(person, practitioner.credentials).join(', ') : practitioner.credentials.trim();
  const registration = practitioner.registration.trim();
  return {
    title,
    lines: present(
      ...practice.address.split(/\r?\n/),
      contact,
      who,
      registration ? `Registration no. ${registration}` : '',
    ),
  };
}
