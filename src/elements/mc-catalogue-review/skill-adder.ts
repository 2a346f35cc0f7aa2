/**
 * The "Add a skill" typeahead of mc-catalogue-review: which program it is open on, the text
 * typed, whether the list is open and which suggestion is active, and the keys of the ARIA 1.2
 * combobox (as in mc-job-search). Once typing pauses it says how many skills it suggests, or
 * that none matches, as mc-skill-finder's picker does (`PickerAnnouncer`). The host owns the
 * review: it is told which skill was chosen for which program, and where focus goes after the
 * next render.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { ReviewEntry } from '../../core/catalogue/index.js';
import { suggestSkills, type SkillSuggestion } from '../../core/rank/skills.js';
import { comboAction } from '../mc-job-search/combobox-keys.js';
import { PickerAnnouncer, skillPicker, type SkillPickerOptions } from '../mc-skill-finder/skill-picker.js';
import type { AdminMessages } from '../../i18n/admin.js';
import { skillName } from '../shared/skill-name.js';

const SUGGESTIONS = 8;

export interface SkillAdderOptions {
  /** The page's language; suggestions match its labels and the other language's. */
  lang(): Lang;
  /** Focuses the element `selector` finds in the host's shadow root after the next render. */
  focusAfter(selector: string): void;
  /** A skill was chosen for the program (the host adds it and says so). */
  onPick(entry: ReviewEntry, skill: SkillSuggestion): void;
  /** Says `text` in the host's live region. */
  say(text: string): void;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en';
}

/** `[data-program="id"] rest`: an element of a program's card. */
export function inProgram(id: string, rest: string): string {
  return `[data-program="${CSS.escape(id)}"] ${rest}`;
}

export class SkillAdder implements ReactiveController {
  /** The program the typeahead is open on, or null (each card shows its Add a skill button). */
  addingFor: string | null = null;
  private query = '';
  private open = false;
  private active = -1;
  private readonly pause: PickerAnnouncer;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: SkillAdderOptions,
  ) {
    host.addController(this);
    this.pause = new PickerAnnouncer(host, (text) => opts.say(text));
  }

  hostConnected(): void {}

  /** Opens the typeahead on a program, focus in its field. */
  start(id: string): void {
    this.pause.cancel();
    this.addingFor = id;
    this.reset();
    this.opts.focusAfter(inProgram(id, 'input[role="combobox"]'));
    this.host.requestUpdate();
  }

  /** Closes it; focus back on the program's Add a skill button. */
  stop(entry: ReviewEntry): void {
    this.pause.cancel();
    this.addingFor = null;
    this.opts.focusAfter(inProgram(entry.program.id, '[data-action="add"]'));
    this.host.requestUpdate();
  }

  /** Closes it without moving focus (another file is read). */
  close(): void {
    this.pause.cancel();
    this.addingFor = null;
    this.host.requestUpdate();
  }

  render(t: SkillPickerOptions['t'], r: AdminMessages['catalogueReview'], index: LoadedIndex, entry: ReviewEntry, key: string): TemplateResult {
    const suggestions = this.suggestions(index, entry);
    const text = { label: r.addLabel, hint: r.addHint, noMatch: r.noMatch };
    return html`<div class="adder">
      ${skillPicker({
        t,
        uid: `${key}-add`,
        query: this.query,
        open: this.open,
        active: this.active,
        suggestions,
        text,
        onInput: (e) => {
          this.onInput(e);
          this.pause.typed({ t, text }, () =>
            this.addingFor === entry.program.id ? { query: this.query, suggestions: this.suggestions(index, entry) } : null,
          );
        },
        onKeydown: (e) => this.onKeydown(e, entry, suggestions),
        onBlur: () => this.set({ open: false, active: -1 }),
        onPick: (skill) => this.pick(entry, skill),
        labelLang: (skill) => skillName(index, skill.id, this.opts.lang()).lang,
      })}
      <div><button type="button" class="secondary" data-action="done" @click=${() => this.stop(entry)}>${r.done}</button></div>
    </div>`;
  }

  /** Like a Lit `@state`: an update only for a change (a blur while the field is removed changes nothing). */
  private set(change: { query?: string; open?: boolean; active?: number }): void {
    const changed = (Object.keys(change) as Array<keyof typeof change>).some((key) => this[key] !== change[key]);
    Object.assign(this, change);
    if (changed) this.host.requestUpdate();
  }

  private reset(): void {
    this.set({ query: '', open: false, active: -1 });
  }

  private suggestions(index: LoadedIndex, entry: ReviewEntry): SkillSuggestion[] {
    const lang = this.opts.lang();
    const exclude = new Set([...entry.added, ...entry.suggestions.filter((s) => entry.decisions.get(s.skill) !== 'rejected').map((s) => s.skill)]);
    return suggestSkills(index, this.query, { lang, alsoLang: otherLang(lang), limit: SUGGESTIONS, exclude, group: false });
  }

  private onInput(e: Event): void {
    this.set({ query: (e.target as HTMLInputElement).value, open: true, active: -1 });
  }

  private onKeydown(e: KeyboardEvent, entry: ReviewEntry, suggestions: SkillSuggestion[]): void {
    const action = comboAction(e, this.open && suggestions.length > 0, this.active >= 0);
    const count = suggestions.length;
    switch (action.type) {
      case 'open':
        e.preventDefault();
        this.set({ open: true, active: count > 0 && action.move !== 'none' ? (action.move === 'first' ? 0 : count - 1) : this.active });
        break;
      case 'move':
        e.preventDefault();
        this.set({ active: (this.active + action.by + count) % count });
        break;
      case 'edge':
        e.preventDefault();
        this.set({ active: action.to === 'first' ? 0 : count - 1 });
        break;
      case 'select':
        e.preventDefault();
        this.pick(entry, suggestions[this.active]!);
        break;
      case 'close':
        if (e.key !== 'Tab') e.preventDefault();
        this.set({ open: false, active: -1 });
        break;
      case 'clear':
        e.preventDefault();
        // Escape empties the field, then closes the typeahead.
        if (this.query !== '') this.set({ query: '' });
        else this.stop(entry);
        break;
      case 'caret':
        this.set({ active: -1 });
        break;
      default:
        break;
    }
  }

  private pick(entry: ReviewEntry, skill: SkillSuggestion): void {
    this.pause.cancel();
    this.reset();
    this.opts.focusAfter(inProgram(entry.program.id, 'input[role="combobox"]'));
    this.opts.onPick(entry, skill);
  }
}
