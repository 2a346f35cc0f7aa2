/** FOLDER-DOC */
export { expandManifest, isParsedManifest, labelSteps, manifestSteps, programSteps } from './decode.js';
export { encodeIndex } from './encode.js';
export type { IndexParts } from './encode.js';
export { IndexError, IndexFetchError, IndexFormatError, IndexIntegrityError, IndexVersionError } from './errors.js';
export type { BlockedBy, FetchFailure, FormatProblem, IndexErrorCode } from './errors.js';
export { parseJsonInSlices } from './json-slices.js';
export { FILE_NAMES, LANGS, ProgramSchema, QUOTE_HASH_HEX, SCHEMA_VERSION, localize } from './schema.js';
export type { Condition, Delivery, EvidenceField, EvidenceItem, FileRef, IndexFile, IndexFiles, IndexManifest, LabourMarket, Lang, Localized, Occupation, Program, ProgramEvidence, ProgramLanguage, Region, Skill, SkillKind, SourceInfo, WageRow } from './schema.js';
export { sha256Hex } from './sha256.js';
