/**
 * The toolbar's menus, after the WAI-ARIA menu button pattern: the button says whether its menu is
 * open (aria-expanded); Enter, Space or ↓ open it on the first item (↑ on the last); ↑ ↓ Home End
 * move between items; Escape closes it and gives the focus back to the button; Tab, a click
 * elsewhere or choosing an item close it. An item that moves the focus on (a panel opening) keeps
 * it there; otherwise the focus goes back to the button.
 */
export function menuButton(button: HTMLButtonElement, menu: HTMLElement): void {
  const items = () => [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([hidden])')];
  const isOpen = () => !menu.hidden;
  const open = (focus: 'first' | 'last') => {
    closeOtherMenus(menu);
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = items();
    (focus === 'first' ? all[0] : all.at(-1))?.focus();
  };
  const close = (returnFocus: boolean) => {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  };
  menu.hidden = true;
  menu.dataset.menu = '';
  for (const item of items()) item.tabIndex = -1;
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', menu.id);
  button.addEventListener('click', () => (isOpen() ? close(false) : open('first')));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  menu.addEventListener('keydown', (event) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      all[(next + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  });
  // Listeners on the items run first: if one moved the focus out of the menu, it stays there.
  menu.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('[role^="menuitem"]')) close(menu.contains(document.activeElement));
  });
  (menu as MenuElement).closeMenu = () => close(false);
  document.addEventListener('pointerdown', (event) => {
    if (!menu.contains(event.target as Node) && !button.contains(event.target as Node)) close(false);
  });
}

/**
 * A button that shows and hides a small panel of controls (the languages): a disclosure, since a
 * menu holds only items. Escape inside closes it and gives the focus back to the button.
 */
export function disclosureButton(button: HTMLButtonElement, panel: HTMLElement): void {
  const close = (returnFocus: boolean) => {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  };
  panel.hidden = true;
  panel.dataset.menu = '';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  button.addEventListener('click', () => {
    if (!panel.hidden) return close(false);
    closeOtherMenus(panel);
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLElement>('select, input, button')?.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  });
  (panel as MenuElement).closeMenu = () => close(false);
  document.addEventListener('pointerdown', (event) => {
    if (!panel.contains(event.target as Node) && !button.contains(event.target as Node)) close(false);
  });
}

type MenuElement = HTMLElement & { closeMenu?: () => void };

/** One menu open at a time. */
function closeOtherMenus(except: HTMLElement): void {
  for (const other of document.querySelectorAll<MenuElement>('[data-menu]')) if (other !== except) other.closeMenu?.();
}
