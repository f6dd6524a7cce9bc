import { renderChecksMatrix, type BranchLinkInfo } from '../checksMatrix';
import { h } from '../dom';
import { renderReader } from '../reader';
import { renderTableView } from '../tableView';
import type { ExplorerGraph } from './explorerGraph';
import { byId } from './page';
import { errorMessage } from './statusLine';
import type { ToolDrawer } from './toolDrawer';
import type { ViewStore } from './viewStore';

/** The document the reader opens on when no passage asks for another: the Constitution. */
const FIRST_DOCUMENT = '002_dedaa8bfc38399d5';

/**
 * The tools whose content comes from the view: the table of what is drawn, the checks and balances
 * matrix, the document reader. Each follows the view while it is open, and costs nothing while it
 * is closed.
 */
export class SidePanels {
  private readonly table = byId<HTMLElement>('table-panel');
  private readonly checks = byId<HTMLElement>('checks-panel');
  private readonly reader = byId<HTMLElement>('reader-panel');

  constructor(
    private readonly view: ViewStore,
    private readonly graph: ExplorerGraph,
    private readonly drawer: ToolDrawer,
    private readonly actions: {
      /** An entity was chosen in the table. */
      select(id: string): void;
      /** An entity was chosen in the reader: it is selected and brought to the middle of the drawing. */
      focus(id: string): void;
      /** A cell of the checks matrix was chosen. */
      showBranchLinks(links: BranchLinkInfo[]): void;
    },
  ) {
    drawer.onOpen('table-box', () => this.refreshTable());
    drawer.onOpen('checks-box', () => void this.refreshChecks());
    // The reader shows again what it showed last, or the Constitution.
    drawer.onOpen('reader-box', () => {
      if (!this.reader.hasChildNodes()) void this.openReader(FIRST_DOCUMENT);
    });
  }

  /** The table lists what is drawn and not filtered out. */
  refreshTable(): void {
    if (this.drawer.isOpen('table-box')) renderTableView(this.table, this.graph.cy, this.view.state.uiLang, this.actions.select);
  }

  /** The matrix is the view's date's. */
  async refreshChecks(): Promise<void> {
    if (!this.drawer.isOpen('checks-box')) return;
    const { asOf, uiLang: lang } = this.view.state;
    try {
      await renderChecksMatrix(this.checks, { asOf, lang, onCell: this.actions.showBranchLinks });
    } catch (error) {
      this.checks.replaceChildren(h('p', { class: 'error' }, errorMessage(lang, error)));
    }
  }

  /** Opens a source document in the reader, marking a passage when one is given. */
  async openReader(documentId: string, passage?: { start: number; end: number }): Promise<void> {
    const lang = this.view.state.uiLang;
    // Rendered before the panel opens, so that opening it does not load the first document too.
    const rendered = renderReader(this.reader, documentId, {
      lang,
      highlight: passage,
      onEntity: this.actions.focus,
      onDocument: (id) => void this.openReader(id),
    });
    if (!this.drawer.isOpen('reader-box')) this.drawer.open('reader-box');
    try {
      await rendered;
    } catch (error) {
      this.reader.replaceChildren(h('p', { class: 'error' }, errorMessage(lang, error)));
    }
  }
}
