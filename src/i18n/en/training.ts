/**
 * English strings of what an occupation's training level in the NOC (its TEER, 0-5) usually
 * means: said by `<mc-labour-market>` and by `<mc-recommendations>`' plan for a career move.
 * Part of `en` (../en.ts), which types the French table.
 */
const NOC = 'in the National Occupational Classification';

/** What TEER 1 to 5 usually take, as a phrase ("a university degree (TEER 1 …)"); empty for another number. */
const level = (teer: number): string =>
  [
    '',
    `a university degree (TEER 1 ${NOC})`,
    `a college program of two to three years, an apprenticeship of two to five years, or several years of experience in a related occupation (TEER 2 ${NOC})`,
    `a college program or an apprenticeship of less than two years, or more than six months of on-the-job training (TEER 3 ${NOC})`,
    `secondary school, or several weeks of on-the-job training (TEER 4 ${NOC})`,
    `a short work demonstration and no formal education (TEER 5 ${NOC})`,
  ][teer] ?? '';

export const training = {
  level,
  /** What the occupation's training level usually means, as a sentence; empty for another number. */
  teer: (teer: number): string =>
    teer === 0
      ? `A management occupation (TEER 0 ${NOC}): its level comes from its responsibilities, not from one kind of training.`
      : level(teer) && `This occupation usually takes ${level(teer)}.`,
};
