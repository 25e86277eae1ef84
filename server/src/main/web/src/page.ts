// What every page of the dashboard offers the router.

export interface Page {
  /** The page's root element, created once and kept (so the map never re-lays out). */
  readonly element: HTMLElement;
  /** Called when the page becomes visible, with the route's rest (e.g. a job id). */
  show(rest: string[]): void;
  /** Called when another page is shown. */
  hide(): void;
}

/** Creates an element from HTML text (a single root). */
export function html<T extends HTMLElement = HTMLElement>(text: string): T {
  const t = document.createElement('template');
  t.innerHTML = text.trim();
  return t.content.firstElementChild as T;
}

/** The first descendant matching a data-testid or a selector; throws with the selector when missing. */
export function find<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const e = root.querySelector(selector.startsWith('@') ? `[data-testid="${selector.substring(1)}"]` : selector);
  if (!e) {
    throw new Error(`dashboard: element ${selector} is missing`);
  }
  return e as T;
}
