/** Invented example clients with past visits, for `--demo` (desktop) and `serve --demo` (browser). */
import type { Database } from 'better-sqlite3';
import { createClient, EMPTY_CLIENT, setClientArchived, type ClientValues } from './queries/clients';
import { createSession } from './queries/sessions';

const DEMO_ACTOR = 'demo';

interface DemoClient {
  values: Partial<ClientValues> & { givenName: string };
  /** Days ago of each past visit. */
  visits: number[];
  archived?: boolean;
}

const demoClients: DemoClient[] = [
  {
    values: {
      givenName: 'Maya',
      familyName: 'Okafor',
      dateOfBirth: '1988-04-12',
      phone: '(416) 555-0134',
      email: 'maya.okafor@example.com',
      healthHistory: 'Desk work, 8 h a day. Tension headaches on the right, worse late in the week.',
      contraindications: '',
    },
    visits: [42, 28, 14],
  },
  {
    values: {
      givenName: 'Daniel',
      familyName: 'Brennan',
      dateOfBirth: '1975-11-03',
      phone: '(416) 555-0178',
      email: 'dbrennan@example.com',
      healthHistory: 'Rear-ended in a car accident two years ago. Stiff neck turning left.',
      contraindications: 'Takes blood thinners: light pressure only.',
    },
    visits: [21, 7],
  },
  {
    values: {
      givenName: 'Sofia',
      familyName: 'Marchetti',
      dateOfBirth: '1996-07-29',
      phone: '+44 20 7946 0321',
      email: 'sofia.m@example.com',
      healthHistory: 'Violinist. Left shoulder and neck ache after long rehearsals.',
    },
    visits: [10],
  },
  {
    values: {
      givenName: 'Harold',
      familyName: 'Nguyen',
      dateOfBirth: '1952-01-18',
      phone: '(604) 555-0199',
      healthHistory: 'Low back and hip pain when gardening. Had a hip replacement (right) in 2019.',
      contraindications: 'Right hip replacement: no deep pressure over the scar.',
    },
    visits: [60, 45, 30, 16, 2],
  },
  {
    values: {
      givenName: 'Aisha',
      familyName: 'Rahman',
      dateOfBirth: '2001-09-05',
      phone: '(647) 555-0112',
      email: 'aisha.rahman@example.com',
      healthHistory: 'Student; studies on a laptop. Jaw clenching, pain behind the eyes.',
    },
    visits: [],
  },
  {
    values: {
      givenName: 'Peter',
      familyName: 'Lindqvist',
      dateOfBirth: '1969-02-14',
      phone: '(905) 555-0147',
      healthHistory: 'Moved away in the spring.',
    },
    visits: [400, 380],
    archived: true,
  },
];

/** `hour` o'clock local time, `days` calendar days before `now`'s local day. */
function daysAgoAt(now: Date, days: number, hour: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() - days);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
}

/**
 * Fills a fresh database with a few realistic (invented) clients and past visits, each on a
 * local calendar day counted back from `now`'s.
 */
export function seedDemo(db: Database, now: Date = new Date()): void {
  db.transaction(() => {
    demoClients.forEach((demo, index) => {
      const client = createClient(db, DEMO_ACTOR, { ...EMPTY_CLIENT, ...demo.values });
      for (const days of demo.visits) {
        createSession(db, DEMO_ACTOR, {
          clientId: client.id,
          startedAt: daysAgoAt(now, days, 9 + (index % 7)),
          durationMinutes: 60,
        });
      }
      if (demo.archived) setClientArchived(db, DEMO_ACTOR, client.id, true);
    });
  })();
}
