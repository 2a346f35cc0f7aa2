/**
 * `core/index-format/`: the index file format: the data shapes and valibot schemas
 * (`schema.ts`), the files' names and the programs' columns (`layout.ts`), the typed errors
 * of reading an index (`errors.ts`), its writer (`encode.ts`) and its checking reader
 * (`decode.ts`), the sections text format, JSON parsed in slices and SHA-256 through Web
 * Crypto. Knows nothing of how an index is fetched or used.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { expandManifestSteps, headSteps, labelSteps, type IndexHead } from './decode.js';
export { otherNameSteps } from './decode-names.js';
export { expandOccupationSteps, isParsedManifest, manifestSteps, occupationSteps, summarySteps } from './decode-occupations.js';
export { ProgramSchema, programSteps, type DecodedPrograms } from './decode-programs.js';
export { catalogueSteps, sliceSteps, type Catalogue, type DecodedSlice } from './decode-slices.js';
export { encodeIndex } from './encode.js';
export { occupationsOfBroad, requirementsFile, requirementSteps } from './requirements.js';
export type { IndexParts } from './encode.js';
export {
  IndexError,
  IndexFetchError,
  IndexFormatError,
  IndexIntegrityError,
  IndexVersionError,
  UnknownOccupationError,
  describeBlock,
  isAbortError,
  requireOccupation,
} from './errors.js';
export type { BlockedBy, FetchFailure, FormatProblem, IndexErrorCode } from './errors.js';
export { parseJsonInSlices } from './json-slices.js';
export { DELIVERY_ORDER, FILE_NAMES, LANGUAGE_ORDER, PROGRAM_ID, QUOTE_HASH_HEX } from './layout.js';
export { LANGS, SCHEMA_VERSION, localize, localizeMarked, providerLabel } from './schema.js';
export type {
  Condition,
  Delivery,
  EvidenceField,
  EvidenceItem,
  FileRef,
  IndexFile,
  IndexFiles,
  IndexManifest,
  LabourMarket,
  Lang,
  Localized,
  Occupation,
  Program,
  ProgramEvidence,
  ProgramLanguage,
  Region,
  RequirementGroup,
  Skill,
  SkillKind,
  SourceInfo,
  WageRow,
} from './schema.js';
export { sha256Hex } from './sha256.js';
