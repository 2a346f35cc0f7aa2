/**
 * English strings of what an occupation's training level in the NOC (TEER 0-5) usually
 * means: said by `<mc-labour-market>` and by `<mc-recommendations>`' plan for a career move.
 * Part of `en` (../en.ts), which types the French table.
 */
export const training = {
  /** What the occupation's training level (its TEER, 0-5) usually means; empty for another number. */
  teer: (teer: number): string =>
    [
      'A management occupation (TEER 0 in the National Occupational Classification): its level comes from its responsibilities, not from one kind of training.',
      'This occupation usually takes a university degree (TEER 1 in the National Occupational Classification).',
      'This occupation usually takes a college program of two to three years, an apprenticeship of two to five years, or several years of experience in a related occupation (TEER 2 in the National Occupational Classification).',
      'This occupation usually takes a college program or an apprenticeship of less than two years, or more than six months of on-the-job training (TEER 3 in the National Occupational Classification).',
      'This occupation usually takes secondary school, or several weeks of on-the-job training (TEER 4 in the National Occupational Classification).',
      'This occupation usually takes a short work demonstration, and no formal education (TEER 5 in the National Occupational Classification).',
    ][teer] ?? '',
};
