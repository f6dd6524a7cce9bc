/** An element of the explorer's page (index.html), by its id. */
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
