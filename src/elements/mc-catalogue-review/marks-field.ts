/**
 * The learners' marks of mc-catalogue-review: the optional file field for the outcomes
 * report (its CSV or JSON, read in the browser, never uploaded), what reading it found, and
 * the programs of the catalogue it marks, most marks first. The marks outlive the catalogue
 * file (choosing another keeps them) until another marks file replaces them. The cards show
 * them beside each occupation (program-card.ts).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  LearnerMarksError,
  readLearnerMarks,
  sumMarks,
  tallyMarks,
  type LearnerMarks,
  type LearnerMarksFile,
  type ReviewEntry,
  type Warning,
} from '../../core/catalogue/index.js';
import type { AdminMessages } from '../../i18n/admin.js';
import type { Announcer } from '../shared/announcer.js';
import { problemDescription, problemList } from './review-summary.js';

type Text = AdminMessages['catalogueReview'];

export type MarksState =
  { kind: 'none' } | { kind: 'reading'; name: string } | { kind: 'read'; read: LearnerMarksFile } | { kind: 'error'; name: string; problem: Warning };

/** Problems of the marks file shown at first and per "Show more". */
const PAGE = 20;

export class MarksController implements ReactiveController {
  state: MarksState = { kind: 'none' };
  private problemsVisible = PAGE;
  /** Bumped per file chosen: the latest file wins. */
  private reads = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's live region: it says the file is being read. */
    private readonly live: Announcer,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The marks of the last file read, or null. */
  get marks(): LearnerMarks | null {
    return this.state.kind === 'read' ? this.state.read.marks : null;
  }

  /**
   * Reads a marks file in place of the marks before; resolves with what it found, or null
   * when another file was chosen meanwhile.
   */
  async read(file: File): Promise<MarksState | null> {
    const n = ++this.reads;
    this.set({ kind: 'reading', name: file.name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      // Moved or deleted since it was chosen: the browser's own words (no code to translate).
      if (n === this.reads) this.set({ kind: 'error', name: file.name, problem: { file: file.name, line: null, field: '', reason: String(error) } });
      return n === this.reads ? this.state : null;
    }
    if (n !== this.reads) return null;
    try {
      this.set({ kind: 'read', read: readLearnerMarks(bytes, file.name) });
    } catch (error) {
      if (!(error instanceof LearnerMarksError)) throw error;
      this.set({ kind: 'error', name: file.name, problem: error.warning });
    }
    return this.state;
  }

  /** The field, and under it what reading the file found; `inFile`: the catalogue's program ids. */
  render(r: Text, uid: string, inFile: ReadonlySet<string>, onFile: (e: Event) => void): TemplateResult {
    const state = this.state;
    return html`<div part="marks" class="file marks">
      <label for="${uid}-marks">${r.marksLabel}</label>
      <p class="hint" id="${uid}-marks-hint">${r.marksHint}</p>
      <input
        id="${uid}-marks"
        part="file"
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby="${uid}-marks-hint"
        aria-disabled=${state.kind === 'reading' ? 'true' : nothing}
        @click=${(e: Event) => whileBusy(e, state.kind === 'reading')}
        @change=${onFile}
      />
      ${state.kind === 'reading' ? html`<div part="state" class="state">${this.live.busy(r.reading(state.name))}</div>` : nothing}
      ${
        state.kind === 'error'
          ? html`<div part="state" class="state error" role="alert">
            <p>${r.marksUnreadable(state.name)}</p>
            <p>${problemDescription(r, state.problem)}</p>
          </div>`
          : nothing
      }
      ${state.kind === 'read' ? this.renderRead(r, `${uid}-marks`, state.read, inFile) : nothing}
    </div>`;
  }

  private renderRead(r: Text, uid: string, read: LearnerMarksFile, inFile: ReadonlySet<string>): TemplateResult {
    const problems = read.warnings;
    return html`<p class="note">${marksSummary(r, read, inFile)}</p>
      ${
        problems.length > 0
          ? html`<p class="reach-label" id="${uid}-problems">${r.marksProblemsHeading(problems.length)}</p>
            ${problemList(r, uid, problems, { visible: this.problemsVisible, page: PAGE, onMore: () => this.showMoreProblems() })}`
          : nothing
      }`;
  }

  private showMoreProblems(): void {
    this.problemsVisible += PAGE;
    this.host.requestUpdate();
  }

  private set(state: MarksState): void {
    this.state = state;
    this.problemsVisible = PAGE;
    this.host.requestUpdate();
  }
}

/**
 * A file field's click while its file is read: opens no file picker. The field is
 * aria-disabled then, not disabled, which would drop the keyboard's focus to the page; the
 * host ignores a change meanwhile.
 */
export function whileBusy(e: Event, busy: boolean): void {
  if (busy) e.preventDefault();
}

/**
 * What was read, and how many marks are on programs the catalogue file does not have
 * (`inFile`: its program ids; null before a catalogue is read).
 */
export function marksSummary(r: Text, read: LearnerMarksFile, inFile: ReadonlySet<string> | null): string {
  const all = tallyMarks(read.marks);
  const outside = inFile ? tallyMarks(read.marks, (id) => !inFile.has(id)) : { marks: 0, programs: 0 };
  const said = r.marksRead(read.file, all.marks, all.programs);
  return outside.marks > 0 ? `${said} ${r.marksNotInFile(outside.marks, outside.programs)}` : said;
}

/** The entries with marks, most marks first (in file order among equals). */
export function markedEntries(entries: readonly ReviewEntry[], marks: LearnerMarks): ReviewEntry[] {
  const total = (e: ReviewEntry) => sumMarks(marks.get(e.program.id)!);
  return entries
    .filter((e) => marks.has(e.program.id))
    .map((e) => ({ e, n: total(e) }))
    .sort((a, b) => b.n - a.n)
    .map((x) => x.e);
}
