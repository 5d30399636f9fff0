/**
 * Test support: the 13 muscles of the referral atlas in ../shared/domain.md §2, as the artwork
 * names its regions. The artwork must draw each (both sides); the atlas must cover each.
 */
export const DOMAIN_MUSCLES: readonly string[] = [
  'Upper trapezius',
  'Levator scapulae',
  'Sternocleidomastoid (sternal)',
  'Sternocleidomastoid (clavicular)',
  'Splenius capitis',
  'Splenius cervicis',
  'Semispinalis capitis',
  'Suboccipitals',
  'Scalenes',
  'Infraspinatus',
  'Rhomboids',
  'Quadratus lumborum',
  'Gluteus medius',
];
