import { renderChecksMatrix, type BranchLinkInfo } from '../checksMatrix';
import { h } from '../dom';
import { renderReader } from '../reader';
import { renderTableView } from '../tableView';
import type { ExplorerGraph } from './explorerGraph';
import { byId } from './page';
import { errorMessage } from './statusLine';
import type { ViewStore } from './viewStore';

/** The document the reader opens on when no passage asks for another: the Constitution. */
const FIRST_DOCUMENT = '002_dedaa8bfc38399d5';

/** A panel that opens and closes with a toggle button, which says whether it is open. */
class Toggled {
  constructor(
    readonly panel: HTMLElement,
    private readonly toggle: HTMLButtonElement,
  ) {}

  get open(): boolean {
    return !this.panel.hidden;
  }

  set open(open: boolean) {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  onToggle(listener: () => void): void {
    this.toggle.addEventListener('click', listener);
  }
}

/**
 * The panels opened on demand beside the drawing: the table of what is drawn, the checks and
 * balances matrix, the document reader. Each follows the view while it is open, and costs nothing
 * while it is closed.
 */
export class SidePanels {
  private readonly table = new Toggled(byId('table-panel'), byId('table-toggle'));
  private readonly checks = new Toggled(byId('checks-panel'), byId('checks-toggle'));
  private readonly reader = new Toggled(byId('reader-panel'), byId('reader-toggle'));

  constructor(
    private readonly view: ViewStore,
    private readonly graph: ExplorerGraph,
    private readonly actions: {
      /** An entity was chosen in the table. */
      select(id: string): void;
      /** An entity was chosen in the reader: it is selected and brought to the middle of the drawing. */
      focus(id: string): void;
      /** A cell of the checks matrix was chosen. */
      showBranchLinks(links: BranchLinkInfo[]): void;
    },
  ) {
    this.table.onToggle(() => {
      this.table.open = !this.table.open;
      this.refreshTable();
    });
    this.checks.onToggle(() => {
      this.checks.open = !this.checks.open;
      void this.refreshChecks();
    });
    this.reader.onToggle(() => {
      if (this.reader.open) this.reader.open = false;
      else void this.openReader(FIRST_DOCUMENT);
    });
  }

  /** The table lists what is drawn and not filtered out. */
  refreshTable(): void {
    if (this.table.open) renderTableView(this.table.panel, this.graph.cy, this.view.state.uiLang, this.actions.select);
  }

  /** The matrix is the view's date's. */
  async refreshChecks(): Promise<void> {
    if (!this.checks.open) return;
    const { asOf, uiLang: lang } = this.view.state;
    try {
      await renderChecksMatrix(this.checks.panel, { asOf, lang, onCell: this.actions.showBranchLinks });
    } catch (error) {
      this.checks.panel.replaceChildren(h('p', { class: 'error' }, errorMessage(lang, error)));
    }
  }

  /** Opens a source document in the reader, marking a passage when one is given. */
  async openReader(documentId: string, passage?: { start: number; end: number }): Promise<void> {
    this.reader.open = true;
    const lang = this.view.state.uiLang;
    try {
      await renderReader(this.reader.panel, documentId, {
        lang,
        highlight: passage,
        onEntity: this.actions.focus,
        onDocument: (id) => void this.openReader(id),
        onClose: () => (this.reader.open = false),
      });
    } catch (error) {
      this.reader.panel.replaceChildren(h('p', { class: 'error' }, errorMessage(lang, error)));
    }
  }
}
