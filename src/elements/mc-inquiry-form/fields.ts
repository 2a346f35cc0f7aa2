/**
 * The controls of `<mc-inquiry-form>`: labelled text fields with hint and error tied by
 * aria-describedby, the consent checkbox, and the honeypot no person can reach.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { INQUIRY_LIMITS, type FieldError, type InquiryField } from '../../core/inquiry/index.js';
import { localizeMarked, type Lang, type Program } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { levelHeading } from '../shared/heading.js';
import { numberFormat } from '../shared/locale.js';
import { markedName, providerName, withMarkedNames, type ShownName } from '../shared/names.js';

/** What the field templates read from the form and how they write back to it. */
export interface FieldView {
  t: Messages['inquiry'];
  lang: Lang;
  id(field: InquiryField): string;
  value(field: InquiryField): string;
  error(field: InquiryField): FieldError | undefined;
  errorText(error: FieldError): string;
  set(field: InquiryField, value: string): void;
}

const INPUTS: Partial<Record<InquiryField, { type: string; autocomplete: string; inputmode?: string }>> = {
  name: { type: 'text', autocomplete: 'name' },
  organization: { type: 'text', autocomplete: 'organization' },
  contactName: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  employees: { type: 'text', autocomplete: 'off', inputmode: 'numeric' },
};

/** What to do about a refused field, in the form's language. */
export function errorText(t: Messages['inquiry'], lang: Lang, error: FieldError): string {
  const e = t.errors;
  if (error.code === 'consent') return e.consent;
  if (error.code === 'characters') return error.field === 'message' ? e.charactersMessage : e.characters;
  if (error.code === 'required') return e.required[error.field] ?? e.invalidOther;
  if (error.code === 'too-long') {
    const max = INQUIRY_LIMITS[error.field as keyof typeof INQUIRY_LIMITS] ?? 0;
    return e.tooLong(numberFormat(lang).format(max));
  }
  return e.invalid[error.field] ?? e.invalidOther;
}

function errorLine(view: FieldView, id: string, error: FieldError | undefined): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<span class="field-error" id="${id}-error"
    ><span class="visually-hidden">${view.t.errorPrefix} </span>${view.errorText(error)}</span
  >`;
}

/** A labelled input (or the message textarea) with its hint and error. */
export function textField(view: FieldView, field: InquiryField): TemplateResult {
  const t = view.t;
  const id = view.id(field);
  const error = view.error(field);
  const optional = field === 'phone';
  const hint = field === 'message' ? t.messageHint(numberFormat(view.lang).format(INQUIRY_LIMITS.message)) : field === 'email' ? t.emailHint : null;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => view.set(field, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const value = live(view.value(field));
  const input = INPUTS[field];
  // The space is in the tag's text: a text node of spaces alone is left out of the name ("Phone(optional)").
  return html`<div class="field" part="field">
    <label for=${id}>${t[field as 'name']}${optional ? html`<span class="tag"> (${t.optional})</span>` : nothing}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing} ${errorLine(view, id, error)}
    ${
      input
        ? html`<input
          id=${id}
          name=${field}
          type=${input.type}
          autocomplete=${input.autocomplete}
          inputmode=${input.inputmode ?? nothing}
          ?required=${!optional}
          .value=${value}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${onInput}
        />`
        : html`<textarea
          id=${id}
          name=${field}
          rows="6"
          required
          .value=${value}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${onInput}
        ></textarea>`
    }
  </div>`;
}

/**
 * The consent checkbox, its label the sentence naming who receives the inquiry (`names`: those of
 * another language are marked so). `reset`: it was cleared because the recipients changed since it
 * was ticked, and the person is told so.
 */
export function consentField(view: FieldView, sentence: string, names: readonly ShownName[], reset = false): TemplateResult {
  const id = view.id('consent');
  const error = view.error('consent');
  const describedBy = [reset ? `${id}-reset` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    ${reset ? html`<span class="hint" id="${id}-reset">${view.t.consentReset}</span>` : nothing} ${errorLine(view, id, error)}
    <label class="consent">
      <input
        id=${id}
        type="checkbox"
        name="consent"
        required
        .checked=${live(view.value('consent') === 'true')}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @change=${(e: Event) => view.set('consent', String((e.target as HTMLInputElement).checked))}
      />
      <span>${withMarkedNames(sentence, names)}</span>
    </label>
  </div>`;
}

/** A field only robots fill: off-screen, aria-hidden, out of the tab order. */
export function honeypot(view: FieldView, id: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="trap" aria-hidden="true">
    <label for=${id}>${view.t.honeypot}</label>
    <input
      id=${id}
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** What is sent with the inquiry and, when the page gives one, its service's privacy notice. */
export function disclosure(
  view: FieldView,
  sent: { occupation: boolean; programs: number },
  privacy: { href: string | null; owner: string | null; names: readonly ShownName[] },
): TemplateResult {
  return html`<p class="hint" part="disclosure">
    ${view.t.disclosure(sent.occupation, sent.programs)}
    ${
      privacy.href
        ? html`<a href=${privacy.href}>${privacy.owner ? withMarkedNames(view.t.privacy(privacy.owner), privacy.names) : view.t.privacyFallback}</a>`
        : nothing
    }
  </p>`;
}

/** One program the inquiry is about: its title and institution, each marked with its language. */
function programItem(p: Program, lang: Lang): TemplateResult {
  const at = p.provider ? html` — ${markedName(providerName(p, lang))}` : '';
  return html`<li class="program-title">${markedName(localizeMarked(p.title, lang))}${at}</li>`;
}

/**
 * The programs asked about, under the sentence that says how many. The list has no name: one
 * taken from that sentence would have it said twice, the sentence and then the list.
 */
export function programsView(view: Pick<FieldView, 't' | 'lang' | 'errorText'>, id: string, programs: readonly Program[], error?: FieldError): TemplateResult {
  const t = view.t;
  if (programs.length === 0) return html`<p id=${id} class=${error ? 'field-error' : 'hint'} tabindex="-1" part="programs">${t.noPrograms}</p>`;
  return html`<div part="programs">
    <p id=${id} class="label" tabindex="-1">${t.programs(programs.length)}</p>
    <ul>
      ${programs.map((p) => programItem(p, view.lang))}
    </ul>
    ${error ? html`<p class="field-error">${view.errorText(error)}</p>` : nothing}
  </div>`;
}

/**
 * The problems a submit found, each a link to its field. It takes the focus, as GOV.UK's error
 * summary does; unlike GOV.UK's, which also holds an alert, it is not a live region (the focus
 * reads it; an alert as well would repeat it or be cut off), and it has no name (which would
 * repeat its heading). Not yet heard with a real screen reader.
 */
export function errorSummary(
  view: Pick<FieldView, 't' | 'errorText'>,
  o: { id: string; level: number; errors: readonly FieldError[]; href(field: InquiryField): string; onLink(event: Event, field: InquiryField): void },
): TemplateResult {
  return html`<div class="summary" part="summary" tabindex="-1">
    ${levelHeading(o.level, { id: o.id, text: view.t.summary(o.errors.length) })}
    <ul>
      ${o.errors.map((e) => html`<li><a href="#${o.href(e.field)}" @click=${(ev: Event) => o.onLink(ev, e.field)}>${view.errorText(e)}</a></li>`)}
    </ul>
  </div>`;
}
