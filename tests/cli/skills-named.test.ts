import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingVerbs, namedSkills, subjectTerms } from '../../src/cli/skills-named.js';

const LABELS = [
  'apply teaching strategies',
  'apply nursing care',
  'apply first aid',
  'implement nursing care',
  'implement fundamentals of nursing',
  'implement quality systems',
  'use hand tools',
  'use CAD software',
  'use spreadsheets software',
  'CAD software',
  'project management',
  'manage projects',
  'manage staff',
  'manage budgets',
].map((en) => ({ en, fr: '' }));

test('leading verbs are read from the labels: a word that starts several and is seldom inside one', () => {
  const verbs = leadingVerbs(LABELS.map((l) => l.en));
  assert.deepEqual([...verbs].sort(), ['apply', 'implement', 'manage', 'use']);
  assert.deepEqual(subjectTerms('apply teaching strategies', verbs), ['teaching', 'strategy']);
  assert.deepEqual(subjectTerms('CAD software', verbs), ['cad', 'softwar']);
  // A label that is only a verb keeps it.
  assert.deepEqual(subjectTerms('manage', verbs), ['manag']);
});

/** Which of LABELS each text names in whole, and which in part, as labels. */
function read(texts: string[], skills = LABELS.map((_, s) => s)): { named: string[][]; partly: string[][] } {
  const out = namedSkills({ texts, checks: texts.map((_, text) => ({ text, skills })), labels: LABELS });
  const labelsOf = (list: number[]) => list.map((s) => LABELS[s]!.en);
  return { named: out.map((o) => labelsOf(o.named)), partly: out.map((o) => labelsOf(o.partly)) };
}

const TEXTS = [
  'The Nurse’s Toolkit: fundamentals of nursing care for new graduates.',
  'Autodesk Fusion 360 for CAD and CAM: model parts and make toolpaths.',
  'Hands-on shop training in MIG and TIG welding, with weld inspection.',
  'Value-based care: reimbursement models and payment reform.',
  'Teaching strategies for the online classroom.',
  'Spreadsheets for the office.',
  'Software for the office.',
  // A word weighs less the more programs use it: here "software" is common.
  'Software testing basics.',
  'Software for small business.',
];

test('a skill is never said missing when the text has the words carrying half its weight or more, whatever verb it uses', () => {
  const { named, partly } = read(TEXTS);
  const [nurse, cad, welding, reimbursement, teaching, spreadsheets, software] = named.map((list, k) => [...list, ...partly[k]!]);
  assert.deepEqual(nurse, ['apply nursing care', 'implement nursing care', 'implement fundamentals of nursing']);
  assert.ok(cad!.includes('CAD software'), 'CAD is the rare word: it says CAD software without "software"');
  assert.deepEqual(welding, [], '"hands-on" says nothing of hand tools');
  assert.deepEqual(reimbursement, [], '"care" alone is not nursing care');
  assert.deepEqual(teaching, ['apply teaching strategies']);
  assert.deepEqual(spreadsheets, ['use spreadsheets software']);
  assert.ok(!software!.includes('use spreadsheets software') && !software!.includes('CAD software'), 'the common word alone is not enough');
});

test('a skill is said covered only when the text has every word of its subject', () => {
  const { named, partly } = read(TEXTS);
  assert.deepEqual(named[0], ['apply nursing care', 'implement nursing care', 'implement fundamentals of nursing']);
  assert.deepEqual(named[4], ['apply teaching strategies']);
  // "CAD" without "software", "spreadsheets" without "software": named in part only.
  assert.ok(!named[1]!.includes('CAD software') && partly[1]!.includes('CAD software'), JSON.stringify([named[1], partly[1]]));
  assert.deepEqual([named[5], partly[5]], [[], ['use spreadsheets software']]);
  // Never both.
  named.forEach((list, k) => assert.ok(!list.some((label) => partly[k]!.includes(label)), String(k)));
});

test('a subject of one word is said covered only with its verb: "patients" is not "transfer patients"', () => {
  const labels = ['transfer patients', 'transfer funds', 'transfer files', 'monitor patients', 'patient records'].map((en) => ({ en, fr: '' }));
  const [course, moving] = namedSkills({
    texts: ['Transgender medicine: primary care of transgender patients.', 'Transfer patients safely from bed to chair.'],
    checks: [
      { text: 0, skills: [0] },
      { text: 1, skills: [0] },
    ],
    labels,
  });
  assert.deepEqual(course, { named: [], partly: [0] }, 'never said missing, not claimed');
  assert.deepEqual(moving, { named: [0], partly: [] });
});

test('only the skills asked about are checked, each once, in order', () => {
  const out = namedSkills({
    texts: ['Project management: manage budgets and staff.'],
    checks: [
      { text: 0, skills: [13, 10, 10, 0] },
      { text: 0, skills: [] },
    ],
    labels: LABELS,
  });
  assert.deepEqual(out, [
    { named: [10, 13], partly: [] },
    { named: [], partly: [] },
  ]);
});

test('a skill is named by an alternative label too, only written together in the text', () => {
  const labels = [{ en: 'resuscitation', fr: '' }];
  const aliases = [['CPR', 'cardiopulmonary resuscitation', 'problem solve']];
  const [cpr, scattered] = namedSkills({
    texts: [
      'Medical emergencies: airway, breathing and CPR for adults.',
      'Solve the problem of each case and explain what cardiac and pulmonary care it needs.',
    ],
    checks: [
      { text: 0, skills: [0] },
      { text: 1, skills: [0] },
    ],
    labels,
    aliases,
  });
  assert.deepEqual(cpr, { named: [0], partly: [] });
  assert.deepEqual(scattered, { named: [], partly: [] }, '"problem" and "solve" apart, "cardiac" and "pulmonary" alone');
});

test('another ending of the same words keeps a skill off the list of what a program does not name, never makes it covered', () => {
  const texts = [
    'Geographical Information Systems: mapping with GIS software.',
    'Researcher management: budgeting, hiring and mentoring.',
    'Marketing strategy: market research and social media.',
  ];
  const labels = [...LABELS, { en: 'use geographic information systems', fr: '' }, { en: 'carry out social work research', fr: '' }];
  const skills = [labels.length - 2, LABELS.findIndex((l) => l.en === 'manage budgets'), labels.length - 1];
  const [gis, budgets, marketing] = namedSkills({ texts, checks: texts.map((_, text) => ({ text, skills })), labels });
  assert.deepEqual(gis, { named: [], partly: [skills[0]] }, '"Geographical" is "geographic"');
  assert.deepEqual(budgets, { named: [], partly: [skills[1]] }, '"budgeting" is "budget", with its verb for a subject of one word');
  assert.deepEqual(marketing, { named: [], partly: [] }, '"research" and "social" alone are not social work research');
});
