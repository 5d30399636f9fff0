/**
 * A handout that printed the referral atlas beside the client's points keeps those zones in its
 * snapshot: they leave in the export and come back by import exactly, and a spoiled one is refused.
 */
import { describe, expect, it } from 'vitest';
import type { HandoutReferral } from '../api/contract';
import { openTestApi } from '../testing/api';
import { TEMPLE_ZONE } from '../testing/referral';
import { ACTOR } from '../testing/temp-db';
import { exportClient, toJsonText } from './export';
import { exportSchema } from './format';
import { importJson } from './import';
import { fingerprint, makeClientRecord, setUpPractice } from './testing';

/** Maya's upper trapezius point (right), with two of its zones. */
const referral: HandoutReferral = {
  atlasVersion: 1,
  zones: [
    TEMPLE_ZONE,
    {
      muscle: 'Upper trapezius',
      side: 'right',
      viewId: 'right-lateral',
      pattern: 'spillover',
      label: 'angle of the jaw',
      polygon: [
        [0.5, 0.1],
        [0.55, 0.1],
        [0.55, 0.12],
        [0.5, 0.12],
      ],
    },
  ],
};

function withReferral() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  const given = api.call('handouts.create', { sessionId: maya.first.id, format: 'pdf', referral });
  const file = () => JSON.parse(toJsonText(exportClient(api.db, maya.client.id))) as unknown;
  return { ...api, maya, given, file };
}

describe('a handout with referral zones in an export', () => {
  it('goes out in the format and comes back by import exactly as it was given', () => {
    const { given, file } = withReferral();
    const data = file();
    expect(exportSchema.safeParse(data).success).toBe(true);
    const target = openTestApi();
    importJson(target.db, data, ACTOR);
    const copy = target.call('handouts.get', { id: given.id });
    expect(copy.content).toEqual(given.content);
    expect(copy.content?.referral).toEqual(referral);
  });

  it('is refused whole when a zone is spoiled, naming where', () => {
    const { file } = withReferral();
    const data = file() as { tables: { handouts: { content: { referral: HandoutReferral } }[] } };
    const spoiled = data.tables.handouts.find((h) => h.content.referral);
    if (!spoiled) throw new Error('no handout with a referral');
    spoiled.content.referral.zones[0]!.polygon = [
      [0.3, 0.2],
      [0.4, 0.2],
    ];
    const target = openTestApi();
    const before = fingerprint(target.db);
    expect(() => importJson(target.db, data, ACTOR)).toThrow(
      /handouts row \d: content\.referral\.zones item 1\.polygon needs at least 3 points/,
    );
    expect(fingerprint(target.db)).toEqual(before);
  });
});
