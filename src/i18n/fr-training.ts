/**
 * French strings of what an occupation's training level in the CNP (its FEER, 0-5) usually
 * means: the `training` section of the French table (fr.ts), in a file of its own.
 */
const CNP = 'de la Classification nationale des professions';

/** What FEER 1 to 5 usually require, as a phrase; empty for another number (`training.level`). */
const frenchLevel = (teer: number): string =>
  [
    '',
    `un diplôme universitaire (FEER 1 ${CNP})`,
    `un programme collégial de deux à trois ans, un apprentissage de deux à cinq ans ou plusieurs années d’expérience dans une profession connexe (FEER 2 ${CNP})`,
    `un programme collégial ou un apprentissage de moins de deux ans, ou plus de six mois de formation en cours d’emploi (FEER 3 ${CNP})`,
    `des études secondaires ou plusieurs semaines de formation en cours d’emploi (FEER 4 ${CNP})`,
    `une courte démonstration du travail, sans exigence scolaire officielle (FEER 5 ${CNP})`,
  ][teer] ?? '';

export const training = {
  level: frenchLevel,
  teer: (teer: number): string =>
    teer === 0
      ? `Profession de gestion (FEER 0 ${CNP})\u00a0: son niveau tient à ses responsabilités, et non à un type d’études précis.`
      : frenchLevel(teer) && `Cette profession exige habituellement ${frenchLevel(teer)}.`,
};
