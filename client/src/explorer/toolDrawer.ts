import { byId } from './page';

/** Panels whose content needs more width than a column of controls (wide tables, documents). */
const WIDE = new Set(['checks-box', 'reader-box', 'table-box']);

/**
 * The room beside the drawing where the tools open, one at a time: filters, timeline and
 * comparison, path finder, checks and balances, reader, table. Each is opened by a button (in the
 * toolbar or its Tools menu) that says whether it is open; opening one moves the focus into it,
 * and closing it (its Close button, or Escape) gives the focus back to where it was opened from.
 */
export class ToolDrawer {
  private readonly drawer = byId<HTMLElement>('tool-drawer');
  private readonly panels = [...this.drawer.querySelectorAll<HTMLElement>('.tool-panel')];
  private readonly toggles = [...document.querySelectorAll<HTMLButtonElement>('button[data-panel]')];
  private readonly listeners = new Map<string, () => void>();
  private readonly resizeListeners: (() => void)[] = [];

  constructor() {
    for (const toggle of this.toggles) {
      toggle.addEventListener('click', () => (this.isOpen(toggle.dataset.panel!) ? this.close() : this.open(toggle.dataset.panel!)));
    }
    for (const close of this.drawer.querySelectorAll<HTMLButtonElement>('.panel-close'))
      close.addEventListener('click', () => this.close());
    this.drawer.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      this.close();
    });
  }

  isOpen(id: string): boolean {
    return !this.drawer.hidden && !byId(id).hidden;
  }

  /** Calls `listener` each time the panel `id` opens. */
  onOpen(id: string, listener: () => void): void {
    this.listeners.set(id, listener);
  }

  /** Calls `listener` when opening or closing a panel changed the room the drawing has. */
  onResize(listener: () => void): void {
    this.resizeListeners.push(listener);
  }

  /** Shows the panel `id` (in place of any other) and moves the focus into it. */
  open(id: string): void {
    const wasOpen = this.isOpen(id);
    const wasWide = this.layout.classList.contains('wide-tool');
    const wasHidden = this.drawer.hidden;
    for (const panel of this.panels) panel.hidden = panel.id !== id;
    this.drawer.hidden = false;
    this.layout.classList.toggle('wide-tool', WIDE.has(id));
    for (const toggle of this.toggles) toggle.setAttribute('aria-expanded', String(toggle.dataset.panel === id));
    byId(id).focus();
    if (!wasOpen) this.listeners.get(id)?.();
    if (wasHidden || wasWide !== WIDE.has(id)) this.resized();
  }

  /** Closes the panel open, and gives the focus back to what opens it (the menu's button for a menu item). */
  close(): void {
    const open = this.panels.find((panel) => !panel.hidden);
    if (!open || this.drawer.hidden) return;
    this.drawer.hidden = true;
    this.layout.classList.remove('wide-tool');
    open.hidden = true;
    for (const toggle of this.toggles) toggle.setAttribute('aria-expanded', 'false');
    const toggle = this.toggles.find((candidate) => candidate.dataset.panel === open.id);
    const menu = toggle?.closest<HTMLElement>('[role="menu"]');
    (menu ? document.querySelector<HTMLElement>(`[aria-controls="${menu.id}"]`) : toggle)?.focus();
    this.resized();
  }

  private get layout(): HTMLElement {
    return this.drawer.parentElement!;
  }

  private resized(): void {
    for (const listener of this.resizeListeners) listener();
  }
}
