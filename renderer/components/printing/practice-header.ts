/**
 * The letterhead of everything Knotbook prints (the session note, the home-care handout): the
 * practice's name, then its address and contact and who practises there. Pure (tested in Node).
 * What the therapist typed is marked as typed, so it prints isolated (PrintedText).
 */
import type { Settings } from '../../../db/api/contract';
import { joinTyped, typed, type PrintedLine } from './printed-text';

export interface PracticeHeader {
  /** The practice's name; else the practitioner's; else "Knotbook". */
  title: string;
  /** Address lines, contact, practitioner and registration: empty ones left out. */
  lines: PrintedLine[];
}

const present = (...parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== '');

export function practiceHeader({
  practice,
  practitioner,
}: Pick<Settings, 'practice' | 'practitioner'>): PracticeHeader {
  const practiceName = practice.name.trim();
  const person = practitioner.name.trim();
  const title = practiceName || person || 'Knotbook';
  const contact = joinTyped([practice.phone, practice.email], ' · ');
  // Under the practice's name: who practises there; under the practitioner's own name: credentials only.
  const who = joinTyped(practiceName ? [person, practitioner.credentials] : [practitioner.credentials], ', ');
  const registration = practitioner.registration.trim();
  const lines: PrintedLine[] = [
    ...present(...practice.address.split(/\r?\n/)).map((line) => [typed(line)]),
    contact,
    who,
    registration ? ['Registration no. ', typed(registration)] : [],
  ];
  return { title, lines: lines.filter((line) => line.length > 0) };
}
