type Child = Node | string | null | undefined | false | Child[];

/** Builds an element; text always goes in as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children.flat(Infinity as 1) as Child[]) {
    if (child === null || child === undefined || child === false || Array.isArray(child)) continue;
    element.append(child);
  }
  return element;
}
