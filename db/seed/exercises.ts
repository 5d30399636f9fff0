/**
 * The exercises Knotbook ships with (built-in: therapists can hide them, not change them).
 * Facts from the domain brief (../shared/domain.md §5); every word our own. Ids are fixed so
 * plans and handouts keep pointing at the same exercise across installs.
 *
 * Shipped by migration 4: a database keeps the text it was given then. To change the wording of
 * existing installs, add a migration that updates the rows; editing this list alone changes new
 * databases only.
 */
import type { IllustrationId } from '../api/home-care';

export interface BuiltInExercise {
  id: string;
  name: string;
  bodyRegion: string;
  /** Muscle names exactly as the body chart names its regions, so suggestions can match. */
  targetMuscles: string[];
  steps: string[];
  cautions: string;
  illustration: IllustrationId;
  holdSeconds: number | null;
  repetitions: number | null;
  sets: number | null;
  timesPerDay: number | null;
}

/** The fixed id of built-in exercise number n (UUID version 7 layout, so the API accepts it). */
const builtInId = (n: number): string => `0190a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

const STOP_SIGNS = 'Stop if you feel tingling, numbness or sharp pain.';

export const BUILT_IN_EXERCISES: readonly BuiltInExercise[] = [
  {
    id: builtInId(1),
    name: 'Self-pressure along the base of the skull',
    bodyRegion: 'Head and neck',
    targetMuscles: ['Suboccipitals', 'Semispinalis capitis', 'Splenius capitis', 'Upper trapezius'],
    steps: [
      'Sit or lie back with your head supported and your shoulders loose.',
      'Put your fingertips in the middle of the back of your head, just below the bony ridge of the skull.',
      'Press gently up and in under the ridge, then move outward about 1 cm (half an inch) at a time.',
      'When you find a sore spot, keep the pressure on and slowly nod your head forward and back a few times.',
      'Stay on each sore spot for about 30 seconds or until it eases, for 3 to 5 minutes in all.',
    ],
    cautions: `Work only on the back of the head and neck, never on the front of the neck. ${STOP_SIGNS}`,
    illustration: 'suboccipital-press',
    holdSeconds: 30,
    repetitions: null,
    sets: null,
    timesPerDay: 5,
  },
  {
    id: builtInId(2),
    name: 'Ball against a wall',
    bodyRegion: 'Upper back',
    targetMuscles: ['Upper trapezius', 'Levator scapulae', 'Rhomboids', 'Middle trapezius', 'Infraspinatus'],
    steps: [
      'Stand with your back to a wall and put a tennis ball between the wall and the sore spot by your shoulder blade.',
      'Lean back into the ball until the pressure feels firm but bearable.',
      'Bend your knees a little and move your body slowly so the ball rolls over the area.',
      'When you reach a tender spot, stay on it and breathe slowly for about 30 seconds.',
      'Step away from the wall to let go, then move on to the next spot.',
    ],
    cautions: `Keep the ball off your spine and off the bony edges of the shoulder blade, and keep the pressure at or below about 7 out of 10. ${STOP_SIGNS}`,
    illustration: 'ball-wall',
    holdSeconds: 30,
    repetitions: null,
    sets: null,
    timesPerDay: 2,
  },
  {
    id: builtInId(3),
    name: 'Foam roller under the neck',
    bodyRegion: 'Neck',
    targetMuscles: [
      'Suboccipitals',
      'Splenius capitis',
      'Semispinalis capitis',
      'Splenius cervicis',
      'Upper trapezius',
    ],
    steps: [
      'Lie on your back on the floor with your knees bent and a foam roller across the back of your neck.',
      'Let your head rest heavy on the roller and take a few slow breaths.',
      'Turn your head slowly from side to side so the roller presses along the muscles of your neck.',
      'Pause on a tender spot and breathe; if it has not eased in about 10 seconds, move on.',
      'Keep going for about a minute, then roll onto your side before you get up.',
    ],
    cautions:
      'Move slowly and keep it gentle. Stop if you feel dizzy, or if you feel tingling, numbness or sharp pain.',
    illustration: 'foam-roller-neck',
    // The steps give the time: a minute in all, about 10 s on a spot. No single hold.
    holdSeconds: null,
    repetitions: null,
    sets: null,
    timesPerDay: 1,
  },
  {
    id: builtInId(4),
    name: 'Chin tucks',
    bodyRegion: 'Neck',
    targetMuscles: ['Suboccipitals', 'Semispinalis capitis', 'Splenius capitis'],
    steps: [
      'Sit or stand tall with your eyes looking straight ahead.',
      'Slide your chin straight back, as if making a double chin, without tipping your head up or down.',
      'You should feel a gentle stretch at the base of your skull. Hold it for 5 seconds.',
      'Let your head come forward to where it started, then repeat.',
    ],
    cautions: `Keep the movement small and smooth; it should not hurt. ${STOP_SIGNS}`,
    illustration: 'chin-tuck',
    holdSeconds: 5,
    repetitions: 10,
    sets: null,
    timesPerDay: 3,
  },
  {
    id: builtInId(5),
    name: 'Side bend neck stretch',
    bodyRegion: 'Neck',
    targetMuscles: ['Upper trapezius', 'Levator scapulae', 'Scalenes'],
    steps: [
      'Sit tall and let both shoulders drop away from your ears.',
      'Tip your right ear toward your right shoulder until you feel a stretch along the left side of your neck.',
      'For a little more stretch, rest your right hand on your head and let its weight do the work; do not pull.',
      'Keep your left shoulder down and hold for 30 seconds, breathing slowly.',
      'Bring your head back up slowly, then do the same on the other side.',
    ],
    cautions: `Stretch to a gentle pull, never into pain, and do not bounce. ${STOP_SIGNS}`,
    illustration: 'upper-trap-side-bend',
    holdSeconds: 30,
    repetitions: 3,
    sets: null,
    timesPerDay: 2,
  },
  {
    id: builtInId(6),
    name: 'Look-to-the-armpit stretch',
    bodyRegion: 'Neck',
    targetMuscles: ['Levator scapulae', 'Upper trapezius', 'Splenius cervicis'],
    steps: [
      'Sit tall and hold the edge of your chair with your left hand to keep that shoulder down.',
      'Turn your head about halfway to the right, then look down toward your right armpit.',
      'Rest your right hand on the back of your head and let its weight add a little to the stretch.',
      'Hold for 30 seconds; you should feel it at the back of the left side of your neck.',
      'Lift your head slowly, then do the same on the other side.',
    ],
    cautions: `Let the weight of your hand do the work; do not pull your head down. ${STOP_SIGNS}`,
    illustration: 'levator-stretch',
    holdSeconds: 30,
    repetitions: 2,
    sets: null,
    timesPerDay: 3,
  },
  {
    id: builtInId(7),
    name: 'Side-of-neck stretch',
    bodyRegion: 'Neck',
    targetMuscles: ['Scalenes', 'Sternocleidomastoid (clavicular)', 'Sternocleidomastoid (sternal)'],
    steps: [
      'Sit tall and lay your left hand flat on your upper chest, just below your left collarbone, to hold it down.',
      'Tip your right ear toward your right shoulder.',
      'Slowly lift your chin a little toward the ceiling until you feel a stretch along the front and side of your neck on the left.',
      'Hold for 30 seconds, breathing slowly, then bring your head back up slowly.',
      'Do the same on the other side.',
    ],
    cautions:
      'Your hand rests on your chest below the collarbone: never press on the front of your neck. Stop at once if you feel tingling or numbness in your arm or hand, or if you feel dizzy.',
    illustration: 'scalene-stretch',
    holdSeconds: 30,
    repetitions: 2,
    sets: null,
    timesPerDay: 2,
  },
  {
    id: builtInId(8),
    name: 'Doorway chest stretch',
    bodyRegion: 'Chest',
    targetMuscles: ['Pectoralis major', 'Deltoid'],
    steps: [
      'Stand in a doorway and rest your forearms on the frame on each side, elbows at about shoulder height.',
      'Step one foot forward through the doorway.',
      'Lean your body gently forward until you feel a stretch across the front of your chest and shoulders.',
      'Keep your head tall and your lower back still, and hold for 30 seconds.',
      'Step back to let go.',
    ],
    cautions: 'Stop if you feel a pinch at the front of your shoulder, or tingling or numbness in your arms or hands.',
    illustration: 'doorway-pec-stretch',
    holdSeconds: 30,
    repetitions: 3,
    sets: null,
    timesPerDay: 2,
  },
  {
    id: builtInId(9),
    name: 'Shoulder rolls',
    bodyRegion: 'Shoulders',
    targetMuscles: ['Upper trapezius', 'Levator scapulae', 'Rhomboids', 'Middle trapezius'],
    steps: [
      'Sit or stand tall with your arms hanging loose.',
      'Lift both shoulders up toward your ears.',
      'Roll them back, gently squeezing your shoulder blades together.',
      'Let them drop down and come forward again to finish the circle.',
      'Make 10 slow circles, then relax.',
    ],
    cautions: `Keep the circles slow and within a comfortable range. ${STOP_SIGNS}`,
    illustration: 'shoulder-rolls',
    holdSeconds: null,
    repetitions: 10,
    sets: null,
    timesPerDay: 4,
  },
  {
    id: builtInId(10),
    name: 'Movement break',
    bodyRegion: 'Whole body',
    targetMuscles: ['Upper trapezius', 'Levator scapulae', 'Erector spinae', 'Gluteus maximus'],
    steps: [
      'Set a reminder to go off every 30 to 60 minutes while you sit.',
      'When it goes off, stand up and walk around for 2 or 3 minutes.',
      'Roll your shoulders slowly backward 5 times.',
      'Hold your arms out to the sides and make 5 small circles forward, then 5 backward.',
      'Take a couple of slow, deep breaths before you sit back down.',
    ],
    cautions: `Keep every movement easy and comfortable: a break should never hurt. ${STOP_SIGNS}`,
    illustration: 'movement-break',
    holdSeconds: null,
    repetitions: null,
    sets: null,
    timesPerDay: 8,
  },
  {
    id: builtInId(11),
    name: 'Shoulder pinch and hold',
    bodyRegion: 'Shoulders',
    targetMuscles: ['Upper trapezius'],
    steps: [
      'Sit tall and reach your right hand across to the top of your left shoulder.',
      'Take hold of the thick muscle between your neck and shoulder, between your thumb and fingers.',
      'Squeeze and lift gently until you find a tender spot, then hold it for about 30 seconds, breathing slowly.',
      'Let go, move a little along the muscle and repeat.',
      'Do the same on the other side.',
    ],
    cautions: `Squeeze only the muscle on top of the shoulder, never the front of the neck, and keep it at or below about 7 out of 10. ${STOP_SIGNS}`,
    illustration: 'trap-pincer',
    holdSeconds: 30,
    repetitions: 3,
    sets: null,
    timesPerDay: 3,
  },
  {
    id: builtInId(12),
    name: 'Ball on the side of the hip',
    bodyRegion: 'Hips',
    targetMuscles: ['Gluteus medius', 'Gluteus maximus'],
    steps: [
      'Stand side-on to a wall, or lie on your side on the floor.',
      'Put a tennis ball against the outer part of your buttock, just below the bony rim of your hip.',
      'Lean into the ball and move slowly until you find a tender spot.',
      'Stay on that spot for about 30 seconds, breathing slowly.',
      'Move the ball a little and repeat on 2 or 3 spots, then change sides.',
    ],
    cautions: `Keep the ball off your spine and the bony points of your hip, and keep the pressure at or below about 7 out of 10. Stop if you feel tingling or numbness down your leg, or sharp pain.`,
    illustration: 'ball-glute',
    holdSeconds: 30,
    repetitions: null,
    sets: null,
    timesPerDay: 2,
  },
  {
    id: builtInId(13),
    name: 'Standing side reach',
    bodyRegion: 'Low back',
    targetMuscles: ['Quadratus lumborum', 'Latissimus dorsi'],
    steps: [
      'Stand tall with your feet about hip-width apart.',
      'Raise your right arm above your head.',
      'Reach up and over to the left, bending at the waist, until you feel a stretch along your right side between your ribs and hip.',
      'Keep your hips level and facing forward, and hold for 30 seconds while breathing into your side.',
      'Come back up slowly, then do the same on the other side.',
    ],
    cautions:
      'Bend only as far as feels comfortable. Stop if you feel sharp pain in your back, or tingling or numbness down a leg.',
    illustration: 'ql-side-stretch',
    holdSeconds: 30,
    repetitions: 2,
    sets: null,
    timesPerDay: 2,
  },
  {
    id: builtInId(14),
    name: 'Upper back arch over a chair',
    bodyRegion: 'Upper back',
    targetMuscles: ['Erector spinae', 'Rhomboids', 'Middle trapezius', 'Pectoralis major'],
    steps: [
      'Sit on a chair whose firm back reaches about the bottom of your shoulder blades.',
      'Lace your fingers behind your head to support it, elbows pointing forward.',
      'Lean back gently over the top of the chair so your upper back arches, keeping your lower back still.',
      'Hold for 10 seconds, breathing slowly, then sit up.',
      'Repeat 5 times. Lying back over a rolled towel placed across your upper back works too.',
    ],
    cautions: `Bend from your upper back, not your neck or lower back, and keep your head supported. ${STOP_SIGNS}`,
    illustration: 'thoracic-extension',
    holdSeconds: 10,
    repetitions: 5,
    sets: null,
    timesPerDay: 2,
  },
];
