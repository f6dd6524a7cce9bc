import { ApiError, type Lang } from '../api';
import { h } from '../dom';
import { t } from '../i18n';

/** A failure in words the user can act on: the common causes get a sentence of their own. */
export function errorMessage(lang: Lang, error: unknown): string {
  const ownSentence = {
    NETWORK: 'network',
    DATABASE_UNAVAILABLE: 'databaseDown',
    INTERNAL_SERVER_ERROR: 'serverError',
    HTTP: 'serverError',
  } as const;
  if (error instanceof ApiError && error.code in ownSentence) return t(lang, ownSentence[error.code as keyof typeof ownSentence]);
  return `${t(lang, 'failed')}: ${error instanceof Error ? error.message : String(error)}`;
}

/** The line over the drawing that says it is loading, empty or failed (with a button to try again). */
export class StatusLine {
  constructor(
    private readonly element: HTMLElement,
    private readonly lang: () => Lang,
  ) {}

  /** Shows `message`, or hides the line when it is empty. */
  show(message: string, retry?: () => void): void {
    this.element.replaceChildren(message);
    if (retry) {
      const button = h('button', { type: 'button' }, t(this.lang(), 'retry'));
      button.addEventListener('click', retry);
      this.element.append(' ', button);
    }
    this.element.hidden = message === '';
  }

  showError(error: unknown, retry: () => void): void {
    this.show(errorMessage(this.lang(), error), retry);
  }
}
