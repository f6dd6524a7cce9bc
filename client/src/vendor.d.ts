// cytoscape-svg ships no types; it registers `cy.svg(options): string` as a Cytoscape extension.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
