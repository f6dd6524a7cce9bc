import { localToday, readViewState, saveViewState, type ViewState } from '../viewState';

/**
 * The view shown, kept in step with the address bar (a copied link reopens it) and with the
 * languages this browser remembers. main.ts reads the same address and storage before this loads.
 */
export class ViewStore {
  readonly today = localToday();
  readonly state: ViewState = readViewState(location.search, localStorage, this.today, navigator.languages);

  /** Changes the view and writes it down. */
  update(next: Partial<ViewState>): void {
    Object.assign(this.state, next);
    this.save();
  }

  save(): void {
    saveViewState(this.state, this.today, localStorage);
  }
}
